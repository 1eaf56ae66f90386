package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The desk's customer screen and search, and internal requests between colleagues. */
class DeskAndInternalRequestsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Test
    void theDeskFindsACustomerByARequestReferenceAndShowsTheirRequests() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Messagerie bloquée", "Plus de courriels depuis ce matin"),
                TestRequests.actorOf(customer));
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        String organisationName = customers
                .find(customer.getCustomerOrganisationId())
                .orElseThrow()
                .getName();

        String results = HtmlUtils.htmlUnescape(
                desk.get("/desk?q=" + request.getReference().toLowerCase(), "HX-Request", "true")
                        .body());
        assertThat(results).contains(organisationName).doesNotContain("<html");

        String screen = HtmlUtils.htmlUnescape(desk.get("/desk/customers/" + customer.getCustomerOrganisationId())
                .body());
        assertThat(screen)
                .contains(organisationName)
                .contains(request.getReference())
                .contains("Messagerie bloquée")
                .contains("Plus de courriels depuis ce matin")
                .contains("1 ouverte");
        assertThat(desk.get("/desk/customers/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aColleagueFilesAnInternalRequestThatTheTeamAnswersDirectly() {
        UserAccount salesperson = staff(Role.FRONT_OFFICE);
        HttpSession desk = new HttpSession(port);
        desk.login(salesperson.getUsername(), PASSWORD);
        desk.get("/desk/internal-requests/new");
        HttpResponse<String> wrongCategory =
                desk.post("/desk/internal-requests", "category", "BILLING", "subject", "Offre", "description", "Texte");
        assertThat(HtmlUtils.htmlUnescape(wrongCategory.body())).contains("id=\"category-error\"");
        HttpResponse<String> filed = desk.post(
                "/desk/internal-requests",
                "category",
                "INTERNAL_OFFER",
                "subject",
                "Offre pour la mairie de Caluire",
                "description",
                "Renouvellement du parc : 40 postes");
        assertThat(filed.statusCode()).isEqualTo(302);
        String list = desk.get("/desk/internal-requests").body();
        Matcher reference = Pattern.compile("DEM-\\d{4}-\\d{6,}").matcher(list);
        assertThat(reference.find()).isTrue();
        Request request = requests.findByReference(reference.group()).orElseThrow();
        long salesAdministration = teams.teamByCode("adv").orElseThrow().getId();
        assertThat(request.getTeamId()).isEqualTo(salesAdministration);
        assertThat(request.getChannel()).isEqualTo(Channel.INTERNAL);
        assertThat(request.getRequesterUserId()).isEqualTo(salesperson.getId());

        UserAccount clerk = users.createWithHash(
                UserProfile.staff(
                        unique("adv"),
                        "Assistante ADV",
                        unique("adv") + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        salesAdministration,
                        null),
                users.findByUsername(salesperson.getUsername()).orElseThrow().getPasswordHash(),
                false);
        HttpSession back = new HttpSession(port);
        back.login(clerk.getUsername(), PASSWORD);
        back.get("/back/requests/" + request.getReference());
        back.post(
                "/back/requests/" + request.getReference() + "/resolve",
                "version",
                String.valueOf(request.getVersion()),
                "answer",
                "Offre OF-2026-118 envoyée à la mairie");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(HtmlUtils.htmlUnescape(
                        desk.get("/desk/requests/" + request.getReference()).body()))
                .contains("Offre OF-2026-118 envoyée à la mairie");
    }
}
