package fr.guichet.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.UserAccount;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal home's figures: a customer reads their own organisation's year, and nothing of another's. */
class ReportsPortalPanelIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @LocalServerPort
    int port;

    @Test
    void aCustomerReadsTheirOrganisationsYearAndNoOneElses() {
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        for (int i = 0; i < 3; i++) {
            requests.submit(TestRequests.fromPortal(customer, unique("Question")), TestRequests.actorOf(customer));
        }

        String home = portalHomeOf(customer);
        assertThat(home).contains("report-portal");
        assertThat(home.replaceAll("\\s+", " "))
                .contains("<dt class=\"report-panel-label\">Demandes</dt> <dd class=\"stat\">3</dd>");
        assertThat(portalHomeOf(other))
                .as("an organisation without a request this year shows no figures, and none of another's")
                .doesNotContain("report-portal");
    }

    private String portalHomeOf(UserAccount customer) {
        HttpSession session = new HttpSession(port);
        session.login(customer.getUsername(), PASSWORD);
        return session.get("/portal").body();
    }
}
