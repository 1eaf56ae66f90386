package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The golden path over HTTP: a customer submits on the portal, the desk hands it to billing with a note, billing
 * answers the owner, the owner replies to the customer and resolves, the customer rates it. Then who sees what.
 */
class RequestLifecycleIT extends IntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("DEM-\\d{4}-\\d{6,}");

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    UserManagement userManagement;

    @Test
    void fromThePortalToBillingAndBackWithOneInterlocutor() {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Team billing = teams.teamByCode("facturation").orElseThrow();
        UserAccount billingClerk = userManagement.createWithHash(
                UserProfile.staff(
                        unique("compta"),
                        "Clerc Facturation",
                        unique("compta") + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        billing.getId(),
                        null),
                userManagement
                        .findByUsername(customer.getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);

        // 1. The customer submits on the portal; "other" stays at the front office.
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        portal.get("/portal/requests/new");
        HttpResponse<String> blank =
                portal.post("/portal/requests", "subject", "", "category", "OTHER", "description", "Texte tapé");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(blank.body()))
                .contains("id=\"subject-error\"")
                .contains("Texte tapé");
        HttpResponse<String> submitted = portal.post(
                "/portal/requests",
                "subject",
                "Deux factures pour un mois",
                "category",
                "OTHER",
                "description",
                "Nous avons reçu deux factures pour novembre.");
        String location = submitted.headers().firstValue("Location").orElseThrow();
        Matcher matcher = REFERENCE.matcher(location);
        assertThat(matcher.find()).isTrue();
        String reference = matcher.group();
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.isAtFrontOffice()).isTrue();
        assertThat(request.getChannel()).isEqualTo(Channel.PORTAL);
        assertThat(portal.get("/portal/requests").body()).contains(reference);

        // 2. It has its interlocutor from the start (ADR 0020); the desk hands it to billing; a missing note is
        // refused and the typed text kept.
        Long owner = request.getOwnerId();
        assertThat(owner).as("an interlocutor from the start").isNotNull();
        HttpSession desk = new HttpSession(port);
        desk.login(agent.getUsername(), PASSWORD);
        desk.get("/desk/requests/" + reference);
        HttpResponse<String> noNote = desk.post(
                "/desk/requests/" + reference + "/handoff",
                "version",
                version(reference),
                "teamId",
                billing.getId().toString(),
                "note",
                " ");
        assertThat(HtmlUtils.htmlUnescape(noNote.body())).contains("La note de transmission est obligatoire");
        desk.post(
                "/desk/requests/" + reference + "/handoff",
                "version",
                version(reference),
                "teamId",
                billing.getId().toString(),
                "note",
                "Doublon de facture de novembre, vérifier le compte client");
        request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getTeamId()).isEqualTo(billing.getId());
        assertThat(request.getHandoffCount()).isEqualTo(1);

        // 3. Billing sees it in its queue and answers the owner.
        HttpSession back = new HttpSession(port);
        back.login(billingClerk.getUsername(), PASSWORD);
        assertThat(back.get("/back/requests").body()).contains(reference);
        String page =
                HtmlUtils.htmlUnescape(back.get("/back/requests/" + reference).body());
        assertThat(page).contains("Doublon de facture de novembre").contains("Note interne");
        back.post(
                "/back/requests/" + reference + "/return",
                "version",
                version(reference),
                "answer",
                "Une facture est annulée, un avoir part demain.");
        request = requests.findByReference(reference).orElseThrow();
        assertThat(request.isAtFrontOffice()).isTrue();
        assertThat(request.getOwnerId()).as("the owner stayed").isEqualTo(owner);
        assertThat(request.getHandoffCount()).isEqualTo(2);

        // 4. The owner answers the customer and resolves.
        desk.get("/desk/requests/" + reference);
        desk.post(
                "/desk/requests/" + reference + "/resolve",
                "version",
                version(reference),
                "answer",
                "Bonjour, une des deux factures est annulée ; vous recevrez un avoir demain.");
        assertThat(requests.findByReference(reference).orElseThrow().getStatus())
                .isEqualTo(RequestStatus.RESOLVED);

        // 5. The customer sees the answer, never the internal notes, and rates.
        String customerPage = HtmlUtils.htmlUnescape(
                portal.get("/portal/requests/" + reference).body());
        assertThat(customerPage)
                .contains("vous recevrez un avoir demain")
                .doesNotContain("Doublon de facture de novembre")
                .doesNotContain("Une facture est annulée, un avoir part demain.");
        portal.post("/portal/requests/" + reference + "/rating", "score", "5", "comment", "Très clair");
        request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getRating()).isEqualTo(5);

        // The path and the history tell the story.
        assertThat(requests.path(request.getId())).containsExactly(null, billing.getId(), null);
        assertThat(requests.history(request.getId()))
                .extracting(e -> e.kind())
                .containsExactly(
                        RequestEventKind.SUBMITTED,
                        RequestEventKind.OWNER_TAKEN,
                        RequestEventKind.HANDED_OFF,
                        RequestEventKind.RETURNED_TO_OWNER,
                        RequestEventKind.RESOLVED,
                        RequestEventKind.RATED);
    }

    @Test
    void billingQuestionsGoStraightToBillingByDefault() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(
                        customer, "Échéance de paiement", "Puis-je payer en deux fois ?", Category.BILLING),
                TestRequests.actorOf(customer));
        assertThat(request.getTeamId())
                .isEqualTo(teams.teamByCode("facturation").orElseThrow().getId());
        assertThat(request.getReference()).matches("DEM-\\d{4}-\\d{6,}");
        assertThat(request.getResolutionDue()).isAfter(request.getCreatedAt());
    }

    @Test
    void aRequestAtTheDeskResolvedAtFirstContactIsCountedSo() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        long organisation = customerUser().getCustomerOrganisationId();
        HttpSession desk = new HttpSession(port);
        desk.login(agent.getUsername(), PASSWORD);
        desk.get("/desk/requests/new?organisationId=" + organisation);
        HttpResponse<String> missingAnswer = desk.post(
                "/desk/requests",
                "organisationId",
                String.valueOf(organisation),
                "requesterName",
                "Paul Durand",
                "requesterEmail",
                "paul@example.fr",
                "channel",
                "PHONE",
                "category",
                "TECHNICAL",
                "subject",
                "Mot de passe oublié",
                "description",
                "Ne peut plus se connecter",
                "resolvedNow",
                "true",
                "answer",
                "");
        assertThat(HtmlUtils.htmlUnescape(missingAnswer.body()))
                .contains("id=\"answer-error\"")
                .contains("value=\"Paul Durand\"");
        HttpResponse<String> recorded = desk.post(
                "/desk/requests",
                "organisationId",
                String.valueOf(organisation),
                "requesterName",
                "Paul Durand",
                "requesterEmail",
                "paul@example.fr",
                "channel",
                "PHONE",
                "category",
                "TECHNICAL",
                "subject",
                "Mot de passe oublié",
                "description",
                "Ne peut plus se connecter",
                "resolvedNow",
                "true",
                "answer",
                "Lien de réinitialisation envoyé pendant l'appel");
        Matcher matcher =
                REFERENCE.matcher(recorded.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        Request request = requests.findByReference(matcher.group()).orElseThrow();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(request.isFirstContactResolution()).isTrue();
        assertThat(request.getOwnerId()).isEqualTo(agent.getId());
        assertThat(request.getChannel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void everyoneElseGetsA404() {
        UserAccount customer = customerUser();
        Request request =
                requests.submit(TestRequests.fromPortal(customer, "Question"), TestRequests.actorOf(customer));
        String reference = request.getReference();

        HttpSession otherCustomer = new HttpSession(port);
        otherCustomer.login(customerUser().getUsername(), PASSWORD);
        assertThat(otherCustomer.get("/portal/requests/" + reference).statusCode())
                .isEqualTo(404);
        assertThat(otherCustomer.get("/portal/requests").body()).doesNotContain(reference);

        HttpSession backOffice = new HttpSession(port);
        UserAccount clerk = staff(Role.BACK_OFFICE);
        backOffice.login(clerk.getUsername(), PASSWORD);
        assertThat(backOffice.get("/back/requests/" + reference).statusCode()).isEqualTo(404);
        assertThat(backOffice.get("/back/requests/DEM-1999-999999").statusCode())
                .isEqualTo(404);

        HttpSession owner = new HttpSession(port);
        owner.login(customer.getUsername(), PASSWORD);
        assertThat(owner.get("/portal/requests/" + reference).statusCode()).isEqualTo(200);
        HttpSession frontOffice = new HttpSession(port);
        frontOffice.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        assertThat(frontOffice.get("/desk/requests/" + reference).statusCode()).isEqualTo(200);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldToReload() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        Request request = requests.submit(TestRequests.fromPortal(customer, "Conflit"), TestRequests.actorOf(customer));
        String seen = String.valueOf(request.getVersion());
        HttpSession first = new HttpSession(port);
        first.login(agent.getUsername(), PASSWORD);
        HttpSession second = new HttpSession(port);
        second.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        first.get("/desk/requests/" + request.getReference());
        second.get("/desk/requests/" + request.getReference());
        first.post("/desk/requests/" + request.getReference() + "/note", "version", seen, "note", "Première note");
        HttpResponse<String> stale = second.post(
                "/desk/requests/" + request.getReference() + "/note", "version", seen, "note", "Ma note à moi");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(stale.body()))
                .contains("Quelqu’un a modifié cette demande")
                .contains("Ma note à moi");
        List<Message> messages = requests.conversation(request.getId(), true);
        assertThat(messages).extracting(Message::body).contains("Première note").doesNotContain("Ma note à moi");
    }

    @Test
    void aBackOfficeTeamThatDoesNotHoldARequestOnlyReadsIt() {
        Team billing = teams.teamByCode("facturation").orElseThrow();
        Team support = teams.teamByCode("support").orElseThrow();
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Facture", "Texte", Category.BILLING),
                TestRequests.actorOf(customer));
        AccountPrincipal admin = new AccountPrincipal(staff(Role.ADMIN));
        requests.transfer(request.getId(), request.getVersion(), support.getId(), "C'est un bug du portail", admin);
        UserAccount billingClerk = userManagement.createWithHash(
                UserProfile.staff(
                        unique("compta"),
                        "Compta",
                        unique("compta") + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        billing.getId(),
                        null),
                userManagement
                        .findByUsername(customer.getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);
        HttpSession back = new HttpSession(port);
        back.login(billingClerk.getUsername(), PASSWORD);
        String page = HtmlUtils.htmlUnescape(
                back.get("/back/requests/" + request.getReference()).body());
        assertThat(page).contains("pas chez votre équipe");
        HttpResponse<String> refused = back.post(
                "/back/requests/" + request.getReference() + "/note",
                "version",
                version(request.getReference()),
                "note",
                "Je tente");
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("La demande n’est pas chez votre équipe.");
    }

    private String version(String reference) {
        return String.valueOf(requests.findByReference(reference).orElseThrow().getVersion());
    }
}
