package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The request page's one composer at the desk and in the back office: each act, "send and set status" in one submit,
 * files sent with it, refused input kept next to the text, the timeline staff and customers see, the category, and a
 * stale submit that says what changed.
 */
class RequestComposerIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    TeamManagement teams;

    @Test
    void theDeskRepliesAndResolvesInOneSubmitAndTheCustomerSeesTheAnswer() {
        UserAccount customer = customerUser();
        Request request = atFrontOffice(customer, "Mot de passe oublié");
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));

        String page = page(desk, "/desk/requests/" + request.getReference());
        assertThat(page)
                .contains("id=\"composer-body\"")
                .contains("value=\"REPLY\"")
                .contains("value=\"NOTE\"")
                .doesNotContain("value=\"ASK_OWNER\"")
                .doesNotContain("value=\"ANSWER_TEAM\"")
                .contains("Répondre au client");

        HttpResponse<String> sent = compose(
                desk, "desk", request, "REPLY", "Votre mot de passe est réinitialisé, voyez le courriel.", "RESOLVED");
        assertThat(sent.statusCode()).isEqualTo(302);
        Request resolved = requests.get(request.getId());
        assertThat(resolved.getStatus()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .filteredOn(kind -> kind != RequestEventKind.OWNER_TAKEN) // the interlocutor rule's choice (ADR 0020)
                .containsExactly(RequestEventKind.SUBMITTED, RequestEventKind.RESOLVED);
        assertThat(requests.conversation(request.getId(), true))
                .extracting(Message::body)
                .contains("Votre mot de passe est réinitialisé, voyez le courriel.");

        HttpSession portal = signedIn(customer);
        assertThat(page(portal, "/portal/requests/" + request.getReference()))
                .contains("Votre mot de passe est réinitialisé, voyez le courriel.");
    }

    @Test
    void aReplyCanWaitForTheCustomerAndANoteCanPutTheRequestInProgress() {
        Request request = atFrontOffice(customerUser(), "Accès VPN");
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));
        page(desk, "/desk/requests/" + request.getReference());
        compose(desk, "desk", request, "REPLY", "Pouvez-vous nous donner votre adresse IP ?", "WAITING_CUSTOMER");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.WAITING_CUSTOMER);
        assertThat(requests.get(request.getId()).getPausedAt()).isNotNull();

        Request waiting = requests.get(request.getId());
        page(desk, "/desk/requests/" + request.getReference());
        compose(desk, "desk", waiting, "NOTE", "Le client a rappelé, on reprend.", "IN_PROGRESS");
        Request resumed = requests.get(request.getId());
        assertThat(resumed.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .containsSubsequence(
                        RequestEventKind.PUBLIC_REPLY,
                        RequestEventKind.WAITING_CUSTOMER,
                        RequestEventKind.INTERNAL_NOTE,
                        RequestEventKind.RESUMED);
    }

    @Test
    void refusedInputIsShownNextToTheTextWithWhatWasTypedAndChosen() {
        Request request = atFrontOffice(customerUser(), "Imprimante");
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));
        page(desk, "/desk/requests/" + request.getReference());

        String blank = HtmlUtils.htmlUnescape(
                compose(desk, "desk", request, "NOTE", "  ", "WAITING_CUSTOMER").body());
        assertThat(blank)
                .contains("id=\"composer-error\"")
                .contains("aria-invalid=\"true\"")
                .containsPattern("id=\"act-NOTE\"[^>]*checked")
                .containsPattern("value=\"WAITING_CUSTOMER\"[^>]*selected");

        String noteResolves = HtmlUtils.htmlUnescape(
                compose(desk, "desk", request, "NOTE", "Je note et je clos, ce qui n'est pas une réponse.", "RESOLVED")
                        .body());
        assertThat(noteResolves)
                .contains("Seule une réponse au client peut résoudre la demande.")
                .contains("Je note et je clos, ce qui n'est pas une réponse.");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.NEW);
        assertThat(requests.conversation(request.getId(), true)).hasSize(1);
    }

    @Test
    void filesSentWithTheComposerArePublicWithAReplyAndInternalWithANote() {
        UserAccount customer = customerUser();
        Request request = atFrontOffice(customer, "Facture illisible");
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));
        page(desk, "/desk/requests/" + request.getReference());
        HttpResponse<String> note = desk.postFile(
                "/desk/requests/" + request.getReference() + "/compose",
                "capture-interne.png",
                "png".getBytes(StandardCharsets.UTF_8),
                "version",
                String.valueOf(requests.get(request.getId()).getVersion()),
                "act",
                "NOTE",
                "body",
                "La capture du client, pour nous.");
        assertThat(note.statusCode()).isEqualTo(302);
        page(desk, "/desk/requests/" + request.getReference());
        HttpResponse<String> reply = desk.postFile(
                "/desk/requests/" + request.getReference() + "/compose",
                "facture-corrigee.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
                "version",
                String.valueOf(requests.get(request.getId()).getVersion()),
                "act",
                "REPLY",
                "body",
                "Voici la facture corrigée.");
        assertThat(reply.statusCode()).isEqualTo(302);

        assertThat(attachments.attachments(request.getId(), true))
                .extracting(Attachment::filename, Attachment::internal)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("capture-interne.png", true),
                        org.assertj.core.groups.Tuple.tuple("facture-corrigee.pdf", false));
        String portalPage = page(signedIn(customer), "/portal/requests/" + request.getReference());
        assertThat(portalPage).contains("facture-corrigee.pdf").doesNotContain("capture-interne.png");

        // a refused file leaves the request as it was, the text kept
        page(desk, "/desk/requests/" + request.getReference());
        int before = requests.get(request.getId()).getVersion();
        String refused = HtmlUtils.htmlUnescape(desk.postFile(
                        "/desk/requests/" + request.getReference() + "/compose",
                        "script.exe",
                        "MZ".getBytes(StandardCharsets.UTF_8),
                        "version",
                        String.valueOf(before),
                        "act",
                        "REPLY",
                        "body",
                        "Avec un exécutable.")
                .body());
        assertThat(refused).contains("id=\"composer-error\"").contains("Avec un exécutable.");
        assertThat(requests.get(request.getId()).getVersion()).isEqualTo(before);
    }

    @Test
    void theTimelineShowsNotesToStaffAsInternalAndNeverToTheCustomer() {
        UserAccount customer = customerUser();
        Request request = atFrontOffice(customer, "Sauvegarde");
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));
        page(desk, "/desk/requests/" + request.getReference());
        compose(desk, "desk", request, "NOTE", "Client difficile, rester bref.", "");
        Request noted = requests.get(request.getId());
        page(desk, "/desk/requests/" + request.getReference());
        compose(desk, "desk", noted, "REPLY", "La sauvegarde est relancée.", "WAITING_CUSTOMER");

        String staffPage = page(desk, "/desk/requests/" + request.getReference());
        assertThat(staffPage)
                .containsPattern("class=\"tl tl-internal\"[\\s\\S]*Client difficile, rester bref.")
                .contains("Interne : le client ne le voit pas")
                .containsPattern("class=\"tl tl-status\"[\\s\\S]*En attente du client")
                .containsPattern("class=\"tl tl-from-staff\"[\\s\\S]*La sauvegarde est relancée.")
                .containsPattern("class=\"tl tl-from-customer\"");
        // newest first: the reply stands above the note
        assertThat(staffPage.indexOf("La sauvegarde est relancée."))
                .isLessThan(staffPage.indexOf("Client difficile, rester bref."));

        String customerPage = page(signedIn(customer), "/portal/requests/" + request.getReference());
        assertThat(customerPage).contains("La sauvegarde est relancée.").doesNotContain("Client difficile");
    }

    @Test
    void theOwnerAnswersTheTeamsQuestionAndTheRequestStaysWithTheTeam() {
        Team team = team(false);
        UserAccount member = member(team);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = atFrontOffice(customerUser(), "Licence Office");
        request = requests.handOff(
                request.getId(), request.getVersion(), team.getId(), "Voir la licence", new AccountPrincipal(agent));

        HttpSession back = signedIn(member);
        String backPage = page(back, "/back/requests/" + request.getReference());
        assertThat(backPage)
                .contains("value=\"RETURN_TO_OWNER\"")
                .contains("value=\"ASK_OWNER\"")
                .contains("value=\"NOTE\"")
                .doesNotContain("value=\"REPLY\"")
                .doesNotContain("value=\"ANSWER_TEAM\"");
        compose(back, "back", request, "ASK_OWNER", "Combien de postes ?", "");

        HttpSession desk = signedIn(agent);
        String deskPage = page(desk, "/desk/requests/" + request.getReference());
        assertThat(deskPage).contains("value=\"ANSWER_TEAM\"").contains("Combien de postes ?");
        HttpResponse<String> answered =
                compose(desk, "desk", requests.get(request.getId()), "ANSWER_TEAM", "Douze postes.", "");
        assertThat(answered.statusCode()).isEqualTo(302);

        Request after = requests.get(request.getId());
        assertThat(after.getTeamId()).isEqualTo(team.getId());
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .endsWith(RequestEventKind.QUESTION_TO_OWNER, RequestEventKind.OWNER_ANSWERED);
        assertThat(requests.conversation(request.getId(), false))
                .extracting(Message::body)
                .doesNotContain("Douze postes.");
        assertThat(page(back, "/back/requests/" + request.getReference()))
                .contains("Douze postes.")
                .contains("Réponse de l’interlocuteur à l’équipe");

        // the team itself does not answer its own question; at the front office there is no team to answer
        Request current = requests.get(request.getId());
        assertThatThrownBy(() -> requests.answerTeam(
                        current.getId(), current.getVersion(), "Moi-même", new AccountPrincipal(member)))
                .isInstanceOf(RequestActRefused.class);
    }

    @Test
    void theTeamReturnsTheRequestWithAFileForColleaguesInOneSubmit() {
        Team team = team(false);
        UserAccount member = member(team);
        Request request = atFrontOffice(customerUser(), "Relais SMTP");
        request = requests.handOff(
                request.getId(),
                request.getVersion(),
                team.getId(),
                "Plus de courriels",
                new AccountPrincipal(staff(Role.FRONT_OFFICE)));
        HttpSession back = signedIn(member);
        page(back, "/back/requests/" + request.getReference());
        HttpResponse<String> returned = back.postFile(
                "/back/requests/" + request.getReference() + "/compose",
                "journal-smtp.txt",
                "250 OK".getBytes(StandardCharsets.UTF_8),
                "version",
                String.valueOf(request.getVersion()),
                "act",
                "RETURN_TO_OWNER",
                "body",
                "Relais corrigé, journal joint.");
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(requests.get(request.getId()).isAtFrontOffice()).isTrue();
        assertThat(attachments.attachments(request.getId(), true))
                .extracting(Attachment::filename, Attachment::internal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("journal-smtp.txt", true));
    }

    @Test
    void onAnInternalRequestTheReplyGoesToTheRequester() {
        UserAccount colleague = staff(Role.BACK_OFFICE);
        Request request = requests.submit(
                new NewRequest(
                        "Écran à changer",
                        "Mon écran clignote.",
                        Category.INTERNAL_IT,
                        Channel.INTERNAL,
                        null,
                        colleague.getId(),
                        colleague.getDisplayName(),
                        colleague.getEmail(),
                        null),
                TestRequests.actorOf(colleague));
        assertThat(request.getTeamId()).as("the rules send it to IT").isNotNull();
        String page =
                page(signedIn(member(teams.team(request.getTeamId()))), "/back/requests/" + request.getReference());
        assertThat(page)
                .contains("Répondre au demandeur")
                .doesNotContain("Répondre au client")
                .as("the team answers the colleague directly: nothing to give back to the reception")
                .doesNotContain("value=\"RETURN_TO_OWNER\"")
                .doesNotContain("value=\"ANSWER_TEAM\"");
        assertThat(page(signedIn(staff(Role.FRONT_OFFICE)), "/desk/requests/" + request.getReference()))
                .as("the front office does not answer for the team that holds it")
                .doesNotContain("value=\"REPLY\"");
        assertThat(page).containsPattern("<option value=\"INTERNAL_HR\"").doesNotContain("<option value=\"BILLING\"");
    }

    @Test
    void theCategoryChangesFromTheSidePanelWithinItsKind() {
        Request request = atFrontOffice(customerUser(), "Question de facture");
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));
        page(desk, "/desk/requests/" + request.getReference());
        HttpResponse<String> changed = desk.post(
                "/desk/requests/" + request.getReference() + "/category",
                "version",
                String.valueOf(request.getVersion()),
                "category",
                "BILLING");
        assertThat(changed.statusCode()).isEqualTo(302);
        Request after = requests.get(request.getId());
        assertThat(after.getCategory()).isEqualTo(Category.BILLING);
        assertThat(after.getResolutionDue()).isNotNull();
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .endsWith(RequestEventKind.CATEGORY_CHANGED);
        assertThat(page(desk, "/desk/requests/" + request.getReference())).contains("Catégorie modifiée");

        String refused = HtmlUtils.htmlUnescape(desk.post(
                        "/desk/requests/" + request.getReference() + "/category",
                        "version",
                        String.valueOf(after.getVersion()),
                        "category",
                        "INTERNAL_IT")
                .body());
        assertThat(refused).contains("Choisissez une catégorie du même genre");
        assertThat(requests.get(request.getId()).getCategory()).isEqualTo(Category.BILLING);
    }

    @Test
    void aStaleSubmitSaysWhatChangedKeepsTheTextAndCanBeSentAgain() {
        Request request = atFrontOffice(customerUser(), "Écran noir");
        UserAccount sophie = staff(Role.FRONT_OFFICE);
        HttpSession first = signedIn(sophie);
        HttpSession second = signedIn(staff(Role.FRONT_OFFICE));
        page(first, "/desk/requests/" + request.getReference());
        page(second, "/desk/requests/" + request.getReference());
        int seen = requests.history(request.getId()).size();

        compose(first, "desk", request, "REPLY", "Redémarrez l'écran, s'il vous plaît.", "RESOLVED");

        HttpResponse<String> stale = second.post(
                "/desk/requests/" + request.getReference() + "/compose",
                "version",
                String.valueOf(request.getVersion()),
                "seen",
                String.valueOf(seen),
                "act",
                "REPLY",
                "body",
                "Je m'en occupe, rappelez-moi.",
                "status",
                "WAITING_CUSTOMER");
        String body = HtmlUtils.htmlUnescape(stale.body());
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(body)
                .contains("id=\"composer-conflict\"")
                .contains("Quelqu’un a modifié la demande")
                .contains(sophie.getDisplayName())
                .containsPattern("<strong>Résolue</strong>")
                .contains("Je m'en occupe, rappelez-moi.");
        assertThat(requests.conversation(request.getId(), true))
                .extracting(Message::body)
                .doesNotContain("Je m'en occupe, rappelez-moi.");

        // sent again from the page shown (its version is the current one): a note goes through
        Request now = requests.get(request.getId());
        assertThat(body).contains("name=\"version\" value=\"" + now.getVersion() + "\"");
        HttpResponse<String> again = compose(second, "desk", now, "NOTE", "Je m'en occupe, rappelez-moi.", "");
        assertThat(again.statusCode()).isEqualTo(302);
    }

    @Test
    void aStaleChangeOfTheSidePanelSaysWhatChangedToo() {
        Request request = atFrontOffice(customerUser(), "Badge perdu");
        UserAccount sophie = staff(Role.FRONT_OFFICE);
        HttpSession first = signedIn(sophie);
        HttpSession second = signedIn(staff(Role.FRONT_OFFICE));
        page(first, "/desk/requests/" + request.getReference());
        page(second, "/desk/requests/" + request.getReference());
        int seen = requests.history(request.getId()).size();
        compose(first, "desk", request, "NOTE", "Badge désactivé.", "");

        String stale = HtmlUtils.htmlUnescape(second.post(
                        "/desk/requests/" + request.getReference() + "/priority",
                        "version",
                        String.valueOf(request.getVersion()),
                        "seen",
                        String.valueOf(seen),
                        "priority",
                        "HIGH")
                .body());
        assertThat(stale)
                .containsPattern("class=\"field-error\" role=\"alert\"[\\s\\S]*class=\"changes\"[\\s\\S]*"
                        + "<strong>Note interne</strong>")
                .contains(sophie.getDisplayName() + ", ");
        assertThat(requests.get(request.getId()).getPriority()).isEqualTo(Priority.NORMAL);
    }

    private Request atFrontOffice(UserAccount customer, String subject) {
        Request request = requests.submit(
                TestRequests.fromPortal(customer, subject, "Texte de " + subject), TestRequests.actorOf(customer));
        assertThat(request.isAtFrontOffice()).isTrue();
        return request;
    }

    private Team team(boolean answersCustomers) {
        String code = unique("equipe");
        return teams.createTeam(code, "Équipe " + code, Office.BACK_OFFICE, null, answersCustomers);
    }

    private UserAccount member(Team team) {
        return memberOf(team.getId());
    }

    private HttpSession signedIn(UserAccount account) {
        HttpSession session = new HttpSession(port);
        session.login(account.getUsername(), PASSWORD);
        return session;
    }

    private static String page(HttpSession session, String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body());
    }

    private HttpResponse<String> compose(
            HttpSession session, String zone, Request request, String act, String body, String status) {
        return session.post(
                "/" + zone + "/requests/" + request.getReference() + "/compose",
                "version",
                String.valueOf(requests.get(request.getId()).getVersion()),
                "seen",
                String.valueOf(requests.history(request.getId()).size()),
                "act",
                act,
                "body",
                body,
                "status",
                status);
    }
}
