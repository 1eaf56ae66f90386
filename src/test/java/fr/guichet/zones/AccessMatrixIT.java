package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every zone and API root, for every kind of user: the page, a redirect to the login page, or 403. Pages are
 * reached with a signed-in session, the API and the operations endpoints with a real API token.
 */
class AccessMatrixIT extends IntegrationTest {

    private static final String PAGE = "page";
    private static final String LOGIN = "login";

    /** Who: anonymous, then one user of each role. */
    private static final List<String> WHO =
            List.of("ANONYMOUS", "CUSTOMER", "FRONT_OFFICE", "BACK_OFFICE", "TEAM_LEAD", "ADMIN");

    /** What each one gets, in the order of {@link #WHO}. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    private static final Map<String, List<Integer>> TOKEN_ROUTES = new LinkedHashMap<>();

    static {
        PAGES.put("/", List.of(PAGE, PAGE, PAGE, PAGE, PAGE, PAGE));
        PAGES.put("/contact", List.of(PAGE, PAGE, PAGE, PAGE, PAGE, PAGE));
        PAGES.put("/login", List.of(PAGE, "redirect", "redirect", "redirect", "redirect", "redirect"));
        PAGES.put("/portal", List.of(LOGIN, PAGE, "403", "403", "403", "403"));
        PAGES.put("/desk", List.of(LOGIN, "403", PAGE, "403", PAGE, PAGE));
        PAGES.put("/back", List.of(LOGIN, "403", "403", PAGE, PAGE, PAGE));
        PAGES.put("/back/admin", List.of(LOGIN, "403", "403", "403", "403", PAGE));
        PAGES.put("/back/admin/users", List.of(LOGIN, "403", "403", "403", "403", PAGE));
        PAGES.put("/account/password", List.of(LOGIN, PAGE, PAGE, PAGE, PAGE, PAGE));
        PAGES.put("/services", List.of(PAGE, PAGE, PAGE, PAGE, PAGE, PAGE));
        PAGES.put("/invitation/no-such-link", List.of(PAGE, PAGE, PAGE, PAGE, PAGE, PAGE));
        PAGES.put("/portal/contracts", List.of(LOGIN, PAGE, "403", "403", "403", "403"));
        PAGES.put("/portal/services", List.of(LOGIN, PAGE, "403", "403", "403", "403"));
        PAGES.put("/desk/notices", List.of(LOGIN, "403", PAGE, "403", PAGE, PAGE));
        PAGES.put("/back/notices", List.of(LOGIN, "403", "403", PAGE, PAGE, PAGE));
        PAGES.put("/back/customers", List.of(LOGIN, "403", "403", PAGE, PAGE, PAGE));
        PAGES.put("/back/customers/import", List.of(LOGIN, "403", "403", PAGE, PAGE, PAGE));
        PAGES.put("/back/contracts", List.of(LOGIN, "403", "403", PAGE, PAGE, PAGE));
        PAGES.put("/back/catalogue", List.of(LOGIN, "403", "403", PAGE, PAGE, PAGE));
        PAGES.put("/back/admin/business-hours", List.of(LOGIN, "403", "403", "403", "403", PAGE));
        PAGES.put("/back/admin/outbox", List.of(LOGIN, "403", "403", "403", "403", PAGE));

        TOKEN_ROUTES.put("/api/v1", List.of(401, 200, 200, 200, 200, 200));
        TOKEN_ROUTES.put("/api/v1/catalog", List.of(401, 200, 200, 200, 200, 200));
        TOKEN_ROUTES.put("/api/v1/customers", List.of(401, 200, 200, 200, 200, 200));
        TOKEN_ROUTES.put("/api/v1/contacts", List.of(401, 200, 200, 200, 200, 200));
        TOKEN_ROUTES.put("/api/v1/contracts", List.of(401, 200, 200, 200, 200, 200));
        TOKEN_ROUTES.put("/actuator/prometheus", List.of(401, 403, 403, 403, 403, 200));
        TOKEN_ROUTES.put("/actuator/health", List.of(200, 200, 200, 200, 200, 200));
        TOKEN_ROUTES.put("/actuator/health/readiness", List.of(200, 200, 200, 200, 200, 200));
    }

    @Autowired
    ApiTokenManagement tokens;

    @LocalServerPort
    int port;

    private final Map<String, UserAccount> accounts = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();

    @BeforeEach
    void oneUserAndOneTokenPerRole() {
        accounts.put("CUSTOMER", customerUser());
        for (String role : WHO.subList(2, WHO.size())) {
            accounts.put(role, staff(Role.valueOf(role)));
        }
        accounts.forEach((role, account) -> secrets.put(
                role, tokens.issue(account.getId(), "matrix", "test").secret()));
    }

    @Test
    void pagesAnswerEachRoleAsTheZonesSay() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : PAGES.entrySet()) {
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                MockHttpServletRequestBuilder request = get(route.getKey());
                if (!who.equals("ANONYMOUS")) {
                    request = request.with(user(new AccountPrincipal(accounts.get(who))));
                }
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                String actual = outcome(response);
                if (!actual.equals(route.getValue().get(i))) {
                    mismatches.add(route.getKey() + " as " + who + ": expected "
                            + route.getValue().get(i) + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void apiAndOperationsAnswerEachTokenAsTheZonesSay() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> route : TOKEN_ROUTES.entrySet()) {
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                MockHttpServletRequestBuilder request = get(route.getKey());
                if (!who.equals("ANONYMOUS")) {
                    request = request.header("Authorization", "Bearer " + secrets.get(who));
                }
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                if (response.getStatus() != route.getValue().get(i)) {
                    mismatches.add(route.getKey() + " as " + who + ": expected "
                            + route.getValue().get(i) + ", got " + response.getStatus());
                }
                if (response.getStatus() == 401 || response.getStatus() == 403) {
                    assertThat(response.getContentType()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theForbiddenPageIsTheZonesOwnAndSaysWhy() {
        HttpSession browser = new HttpSession(port);
        assertThat(browser.login(accounts.get("FRONT_OFFICE").getUsername(), PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/desk"));
        HttpResponse<String> response = browser.get("/back");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("Accès refusé")
                .contains("zone-back")
                .doesNotContain("Exception");
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 200) {
            return PAGE;
        }
        if (status == 302) {
            String location = response.getRedirectedUrl();
            return location != null && location.endsWith("/login") ? LOGIN : "redirect";
        }
        return String.valueOf(status);
    }
}
