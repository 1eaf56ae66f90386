package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestRequests;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The customer's side: the portal home shows the customer's own open requests with their interlocutor and their
 * active contracts (nobody else's); "Mes demandes" filters with counts; the team lead reads the ratings' comments;
 * the resolution email carries the whole answer and a link to rate on the portal.
 */
class CustomerSideIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    ContractManagement contracts;

    @Autowired
    TeamManagement teams;

    @Test
    void thePortalHomeShowsTheCustomersOpenRequestsWithTheirInterlocutorAndActiveContractsOnly() {
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        long organisation = customer.getCustomerOrganisationId();
        requests.submit(
                TestRequests.byPhone(agent, organisation, "Paul Durand", "Sauvegarde en échec"),
                TestRequests.actorOf(agent));
        Request done = requests.submit(
                TestRequests.byPhone(agent, organisation, "Paul Durand", "Question réglée"),
                TestRequests.actorOf(agent));
        requests.resolve(done.getId(), done.getVersion(), "Fait", new AccountPrincipal(agent));
        requests.submit(
                TestRequests.byPhone(agent, other.getCustomerOrganisationId(), "Zoé", "Demande d’un autre client"),
                TestRequests.actorOf(agent));
        activeContract(organisation, "Infogérance du parc");
        activeContract(other.getCustomerOrganisationId(), "Contrat d’un autre client");

        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        String home = text(portal.get("/portal"));
        assertThat(home)
                .contains("Vos demandes en cours")
                .contains("Sauvegarde en échec")
                .contains("Votre interlocuteur : " + agent.getDisplayName())
                .contains("Vos contrats actifs")
                .contains("Infogérance du parc")
                .doesNotContain("Question réglée")
                .doesNotContain("Demande d’un autre client")
                .doesNotContain("Contrat d’un autre client");
    }

    @Test
    void myRequestsFilterByStateCategoryAndWhoAskedWithTheirCounts() {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        long organisation = customer.getCustomerOrganisationId();
        customers.addContact(organisation, "Lucie", "Bernard", null, "lucie@example.fr", null);
        requests.submit(
                TestRequests.byPhone(agent, organisation, "Paul Durand", "Écran noir"), TestRequests.actorOf(agent));
        Request billing = requests.submit(
                TestRequests.fromPortal(customer, "Facture erronée", "Montant faux", Category.BILLING),
                TestRequests.actorOf(customer));
        billing = requests.get(billing.getId());
        if (billing.getTeamId() == null) {
            requests.resolve(billing.getId(), billing.getVersion(), "Avoir émis", new AccountPrincipal(agent));
        } else {
            UserAccount admin = staff(Role.ADMIN, Role.BACK_OFFICE);
            requests.resolve(billing.getId(), billing.getVersion(), "Avoir émis", new AccountPrincipal(admin));
        }
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);

        String all = text(portal.get("/portal/requests"));
        assertThat(all)
                .contains("Toutes (2)")
                .contains("En cours (1)")
                .contains("Résolues ou closes (1)")
                .contains("Paul Durand (1)")
                .contains(customer.getDisplayName() + " (1)")
                .as("the organisation's contacts are offered even before they ask")
                .contains("Lucie Bernard (0)")
                .contains("Interlocuteur");
        String open = text(portal.get("/portal/requests?state=open"));
        assertThat(open)
                .contains("Écran noir")
                .doesNotContain("Facture erronée")
                .contains("1 demande sur 2");
        String billingOnly = text(portal.get("/portal/requests?category=BILLING"));
        assertThat(billingOnly)
                .contains("Facture erronée")
                .doesNotContain("Écran noir")
                .contains("Toutes (1)")
                .contains("En cours (0)");
        String byPaul = text(portal.get("/portal/requests?requester=Paul+Durand"));
        assertThat(byPaul).contains("Écran noir").doesNotContain("Facture erronée");
    }

    @Test
    void theTeamLeadReadsTheirTeamsRatingsAndCommentsNotAMemberNorAnotherTeam() {
        Team team = teams.createTeam(unique("avis"), "Équipe notée", Office.BACK_OFFICE, null, false);
        Team otherTeam = teams.createTeam(unique("autre"), "Autre équipe notée", Office.BACK_OFFICE, null, false);
        UserAccount lead = member(team, Role.BACK_OFFICE, Role.TEAM_LEAD);
        UserAccount plain = member(team, Role.BACK_OFFICE);
        UserAccount otherLead = member(otherTeam, Role.BACK_OFFICE, Role.TEAM_LEAD);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        String comment = unique("Réponse rapide mais incomplète");
        Request request =
                requests.submit(TestRequests.fromPortal(customer, "Imprimante"), TestRequests.actorOf(customer));
        request = requests.get(request.getId());
        AccountPrincipal desk = new AccountPrincipal(agent);
        if (request.getTeamId() == null) {
            request = requests.handOff(request.getId(), request.getVersion(), team.getId(), "Pour vous", desk);
        } else {
            request = requests.transfer(
                    request.getId(),
                    request.getVersion(),
                    team.getId(),
                    "Pour vous",
                    new AccountPrincipal(staff(Role.ADMIN, Role.BACK_OFFICE)));
        }
        request = requests.resolve(request.getId(), request.getVersion(), "Réglé", desk);
        requests.rate(request.getId(), 3, comment, TestRequests.actorOf(customer));

        assertThat(page(lead, "/back/requests/ratings"))
                .contains(comment)
                .contains(request.getReference())
                .contains("3/5");
        assertThat(page(staff(Role.ADMIN, Role.BACK_OFFICE), "/back/requests/ratings"))
                .contains(comment);
        assertThat(page(otherLead, "/back/requests/ratings")).doesNotContain(comment);
        HttpSession member = new HttpSession(port);
        member.login(plain.getUsername(), PASSWORD);
        assertThat(member.get("/back/requests/ratings").statusCode()).isEqualTo(403);
    }

    @Test
    void theResolutionEmailCarriesTheWholeAnswerAndALinkToRateOnThePortal() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request =
                requests.submit(TestRequests.fromPortal(customer, "Messagerie lente"), TestRequests.actorOf(customer));
        String answer = "Nous avons déplacé votre boîte sur un serveur plus rapide.\n\n"
                + "Étapes suivies : ".repeat(20) + "\nFIN-DE-LA-REPONSE";
        request = requests.get(request.getId());
        if (request.getTeamId() != null) {
            agent = staff(Role.ADMIN, Role.FRONT_OFFICE);
        }
        requests.resolve(request.getId(), request.getVersion(), answer, new AccountPrincipal(agent));

        List<MimeMessage> mails = TestMail.awaitFor(customer.getEmail(), 2);
        String body = TestMail.text(mails.get(mails.size() - 1));
        assertThat(body)
                .contains("FIN-DE-LA-REPONSE")
                .contains("Étapes suivies : ".repeat(20).strip())
                .doesNotContain("…")
                .contains("/portal/requests/" + request.getReference() + "#rating")
                .doesNotContain("/contact");

        String address = unique("visiteur") + "@example.fr";
        Request visitor = requests.submit(
                new NewRequest(
                        "Sans compte",
                        "Appel d’un visiteur",
                        Category.OTHER,
                        Channel.PHONE,
                        null,
                        null,
                        "Visiteur",
                        address,
                        agent.getId()),
                TestRequests.actorOf(agent));
        requests.resolve(visitor.getId(), visitor.getVersion(), "Réponse complète", new AccountPrincipal(agent));
        List<MimeMessage> visitorMails = TestMail.awaitFor(address, 2);
        assertThat(TestMail.text(visitorMails.get(visitorMails.size() - 1)))
                .contains("Réponse complète")
                .doesNotContain("/contact")
                .doesNotContain("/portal/");
    }

    private UserAccount member(Team team, Role... roles) {
        String username = unique("membre");
        return users.createWithHash(
                UserProfile.staff(
                        username, "Test " + username, username + "@example.fr", Set.of(roles), team.getId(), null),
                users.findByUsername(staff(Role.BACK_OFFICE).getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);
    }

    private String page(UserAccount user, String path) {
        HttpSession session = new HttpSession(port);
        session.login(user.getUsername(), PASSWORD);
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return text(response);
    }

    private Contract activeContract(long organisationId, String title) {
        LocalDate today = contracts.today();
        Contract c = contracts.draft(
                organisationId, title, new ContractTerms(today.minusMonths(3), today.plusMonths(9), true, 12, 30));
        c = contracts.addLine(c.getId(), c.getVersion(), "INFOG-SERVEUR", new BigDecimal("2"), BigDecimal.ZERO);
        return contracts.activate(c.getId(), c.getVersion());
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }
}
