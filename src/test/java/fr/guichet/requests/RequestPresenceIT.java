package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** Two people on the same request's page see each other, each served by another instance of the application. */
class RequestPresenceIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Test
    void twoPeopleOnTwoInstancesSeeWhoIsReplyingAndWhoIsViewing() {
        UserAccount customer = customerUser();
        Request request =
                requests.submit(TestRequests.fromPortal(customer, "Imprimante"), TestRequests.actorOf(customer));
        String page = "/desk/requests/" + request.getReference();
        UserAccount thomas = staff(Role.FRONT_OFFICE);
        UserAccount sophie = staff(Role.FRONT_OFFICE);

        HttpSession first = new HttpSession(port);
        first.login(thomas.getUsername(), PASSWORD);
        first.get(page);
        HttpSession other =
                new HttpSession(second.context().getEnvironment().getProperty("local.server.port", Integer.class));
        other.login(sophie.getUsername(), PASSWORD);
        other.get(page);

        String alone = text(first.post(page + "/presence", "replying", "true"));
        assertThat(alone).doesNotContain(sophie.getDisplayName());

        String seenBySophie = text(other.post(page + "/presence", "replying", "false"));
        assertThat(seenBySophie)
                .contains(thomas.getDisplayName() + " est en train de répondre…")
                .doesNotContain(sophie.getDisplayName());

        String seenByThomas = text(first.post(page + "/presence", "replying", "false"));
        assertThat(seenByThomas)
                .contains(sophie.getDisplayName() + " consulte la demande")
                .doesNotContain("est en train de répondre");

        // the page itself says so from the start, without waiting for the first poll
        assertThat(text(other.get(page))).contains(thomas.getDisplayName() + " consulte la demande");

        // told when the request changed since the page was read
        int seen = requests.history(request.getId()).size();
        assertThat(text(other.post(page + "/presence", "replying", "false", "seen", String.valueOf(seen))))
                .doesNotContain("La demande a changé");
        requests.addInternalNote(
                request.getId(), requests.get(request.getId()).getVersion(), "Vu", new AccountPrincipal(thomas));
        assertThat(text(other.post(page + "/presence", "replying", "false", "seen", String.valueOf(seen))))
                .contains("La demande a changé depuis que vous l’avez ouverte");

        // a customer is no one's presence
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        portal.get("/portal/requests/" + request.getReference());
        assertThat(portal.post(page + "/presence", "replying", "true").statusCode())
                .isEqualTo(403);
    }

    private static String text(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body());
    }
}
