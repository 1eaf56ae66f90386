package fr.guichet.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The counter's pages as people use them: the kiosk without JavaScript, the display told of a change made on the
 * other instance, the desk home's panel, a regenerated link.
 */
class CounterPagesIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @Autowired
    CounterManagement counter;

    @Autowired
    CounterSetupManagement setup;

    @LocalServerPort
    int port;

    @Test
    void theKioskGivesTheTicketAndTheExpectedWaitWithoutJavaScript() {
        String secret = setup.setup().kioskSecret();
        long reason = setup.activeReasons().get(0).id();
        counter.take(reason, TicketSource.RECEPTION, "Devant", null, null);
        HttpSession kiosk = new HttpSession(port);
        assertThat(kiosk.get("/counter/kiosk/" + secret).statusCode()).isEqualTo(200);

        HttpResponse<String> taken = kiosk.post(
                "/counter/kiosk/" + secret + "/tickets",
                "reasonId",
                Long.toString(reason),
                "visitorName",
                "Kiosque sans script");
        assertThat(taken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counter/kiosk/" + secret));
        String page = kiosk.get("/counter/kiosk/" + secret).body();

        Ticket ticket = counter.inRoom().stream()
                .filter(t -> "Kiosque sans script".equals(t.visitorName()))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(page).contains(ticket.label()).contains("Attente estimée").contains("Votre numéro");
    }

    @Test
    void aCustomerNumberTypedAtTheKioskIsAClaimTheAgentChecksNotAnIdentity() {
        String secret = setup.setup().kioskSecret();
        var customer = customers.all(1).get(0);
        assertThat(customer.getSiren()).as("a demo customer with a SIREN").isNotNull();
        HttpSession kiosk = new HttpSession(port);

        kiosk.post(
                "/counter/kiosk/" + secret + "/tickets",
                "reasonId",
                Long.toString(setup.activeReasons().get(0).id()),
                "visitorName",
                "Se dit client",
                "customerNumber",
                customer.getSiren());

        Ticket ticket = counter.inRoom().stream()
                .filter(t -> "Se dit client".equals(t.visitorName()))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(ticket.customerNumber()).isEqualTo(customer.getSiren());
        assertThat(ticket.organisationId())
                .as("anyone can type a public SIREN: the visit is not filed under that customer until reception checks")
                .isNull();
    }

    @Test
    void aKioskLeftOpenOvernightStillGivesATicketWithoutItsOldSessionOrToken() {
        String secret = setup.setup().kioskSecret();
        HttpResponse<String> taken = new HttpSession(port)
                .post(
                        "/counter/kiosk/" + secret + "/tickets",
                        "reasonId",
                        Long.toString(setup.activeReasons().get(0).id()));

        assertThat(taken.statusCode()).isEqualTo(302);
        assertThat(taken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/counter/kiosk/" + secret));
    }

    @Test
    void aDisplayOnOneInstanceIsToldOfATicketTakenOnTheOther() throws Exception {
        String secret = setup.setup().displaySecret();
        int otherPort =
                ((WebServerApplicationContext) second.context()).getWebServer().getPort();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = client.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + otherPort + "/counter/display/" + secret + "/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        String first = readData(events);

        counter.take(setup.activeReasons().get(0).id(), TicketSource.RECEPTION, null, null, null);

        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> readData(events));
        String changed = next.get(5, TimeUnit.SECONDS);
        assertThat(Long.parseLong(changed)).isGreaterThan(Long.parseLong(first));
        stream.body().close();
    }

    /** The data of the next "change" event. */
    private static String readData(BufferedReader events) {
        try {
            String line;
            while ((line = events.readLine()) != null) {
                if (line.startsWith("data:")) {
                    return line.substring(5).strip();
                }
            }
            throw new IllegalStateException("the stream ended");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDeskHomeSaysWhoIsWaitingToTheFrontOfficeOnly() throws Exception {
        counter.take(setup.activeReasons().get(0).id(), TicketSource.RECEPTION, "Panneau", null, null);
        long waiting = counter.inRoom().stream()
                .filter(t -> t.status() == TicketStatus.WAITING)
                .count();

        String desk = mvc.perform(get("/desk").with(user(new AccountPrincipal(staff(Role.FRONT_OFFICE)))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String back = mvc.perform(get("/back").with(user(new AccountPrincipal(staff(Role.BACK_OFFICE)))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(desk)
                .contains("counter-panel")
                .contains(waiting == 1 ? "1 personne attend" : waiting + " personnes attendent");
        assertThat(back).doesNotContain("counter-panel");
    }

    @Test
    void aRegeneratedLinkAnswersNotFoundAndTheNewOneOpens() throws Exception {
        String old = setup.setup().kioskSecret();
        mvc.perform(post("/back/admin/counter/devices/kiosk/regenerate")
                        .with(user(new AccountPrincipal(staff(Role.ADMIN))))
                        .with(csrf()))
                .andReturn();
        String fresh = setup.setup().kioskSecret();

        assertThat(fresh).isNotEqualTo(old);
        for (String path : List.of("/counter/kiosk/" + old, "/counter/kiosk/" + fresh)) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(path.endsWith(fresh) ? 200 : 404);
        }
    }
}
