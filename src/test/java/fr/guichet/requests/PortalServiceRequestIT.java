package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** A customer asks for an additional service from the portal: a pre-sales request reaches sales administration. */
class PortalServiceRequestIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @LocalServerPort
    int port;

    @Test
    void askingForAServiceBecomesARequestToSalesAdministration() {
        UserAccount customer = customerUser();
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        String page = HtmlUtils.htmlUnescape(portal.get("/portal/services").body());
        assertThat(page).contains("Audit de sécurité").doesNotContain("Migration vers Microsoft 365");

        HttpResponse<String> asked =
                portal.post("/portal/services/AUDIT-SECU/ask", "message", "Pour nos deux sites, en janvier.");
        assertThat(asked.statusCode()).isEqualTo(302);
        String location = asked.headers().firstValue("Location").orElseThrow();
        String reference = location.substring(location.lastIndexOf('/') + 1);
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getCategory()).isEqualTo(Category.PRE_SALES);
        assertThat(request.getSubject()).isEqualTo("Demande de prestation : Audit de sécurité");
        assertThat(request.getOrganisationId()).isEqualTo(customer.getCustomerOrganisationId());
        assertThat(request.getTeamId())
                .isEqualTo(teams.teamByCode("adv").orElseThrow().getId());
        assertThat(requests.conversation(request.getId(), false).get(0).body())
                .contains("AUDIT-SECU")
                .contains("Pour nos deux sites, en janvier.");

        portal.get("/portal/services");
        assertThat(portal.post("/portal/services/MIGRATION-M365/ask", "message", "")
                        .statusCode())
                .as("not a public item")
                .isEqualTo(404);
    }
}
