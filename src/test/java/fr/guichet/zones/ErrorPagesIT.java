package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Unknown pages and server errors: the zone's own layout, a reference in the log, nothing technical shown. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT extends IntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("ERR-[0-9A-Z]{8}");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenManagement tokens;

    @Test
    void anUnknownPageIsA404InTheZonesLayout() {
        HttpSession visitor = new HttpSession(port);
        HttpResponse<String> publicPage = visitor.get("/no-such-page");
        assertThat(publicPage.statusCode()).isEqualTo(404);
        assertThat(publicPage.body()).contains("Page introuvable").contains("zone-public");

        HttpSession agent = new HttpSession(port);
        agent.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        HttpResponse<String> deskPage = agent.get("/desk/no-such-page");
        assertThat(deskPage.statusCode()).isEqualTo(404);
        assertThat(deskPage.body()).contains("Page introuvable").contains("zone-desk");

        HttpSession customer = new HttpSession(port);
        customer.login(customerUser().getUsername(), PASSWORD);
        HttpResponse<String> portalPage = customer.get("/portal/no-such-page?lang=en");
        assertThat(portalPage.statusCode()).isEqualTo(404);
        assertThat(portalPage.body()).contains("Page not found").contains("zone-portal");
    }

    @Test
    void anUnknownPageOfAProtectedZoneAsksAnonymousVisitorsToLogIn() {
        HttpResponse<String> response = new HttpSession(port).get("/back/no-such-page");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aServerErrorShowsAReferenceThatIsInTheLogBesideTheStackTrace(CapturedOutput log) {
        HttpSession agent = new HttpSession(port);
        agent.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        HttpResponse<String> response = agent.get("/desk/test-failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Une erreur est survenue")
                .contains("zone-desk")
                .doesNotContain("IllegalStateException")
                .doesNotContain(FailingTestController.SECRET)
                .doesNotContain("at fr.guichet");
        Matcher matcher = REFERENCE.matcher(response.body());
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group();
        String line = log.getAll()
                .lines()
                .filter(l -> l.contains(reference))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains("/desk/test-failure");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(line).as("the log line carries the request id").contains("[" + requestId + "]");
        assertThat(log.getAll().substring(log.getAll().indexOf(reference)))
                .contains("java.lang.IllegalStateException: " + FailingTestController.SECRET)
                .contains("at fr.guichet.zones.FailingTestController");
    }

    @Test
    void apiErrorsAreProblemDetails() {
        UserAccount integration = integrationUser(Role.BACK_OFFICE);
        String token = tokens.issue(integration.getId(), "errors", "test").secret();
        HttpSession api = new HttpSession(port);

        HttpResponse<String> notFound = api.get("/api/v1/no-such-resource", "Authorization", "Bearer " + token);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(notFound.body()).contains("\"status\":404").contains("\"instance\":\"/api/v1/no-such-resource\"");

        HttpResponse<String> failure = api.get("/api/v1/test-failure", "Authorization", "Bearer " + token);
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(failure.body())
                .containsPattern("\"reference\":\"ERR-[0-9A-Z]{8}\"")
                .doesNotContain(FailingTestController.SECRET);

        HttpResponse<String> badToken = api.get("/api/v1", "Authorization", "Bearer gch_not-a-real-token");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(badToken.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void everyResponseCarriesARequestIdAndTheSecurityHeaders() {
        HttpResponse<String> response = new HttpSession(port).get("/");
        assertThat(response.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThanOrEqualTo(8));
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
