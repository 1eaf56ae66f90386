package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * What the request page shows each side, and the acts that must not fail on odd input: a team sees only the
 * customer's requests it may open; the colleague who filed an internal request follows it on their own page and never
 * sees the receiving team's internal work; the owner sends files with an answer to the team; a composer without its
 * act, or a desk intake without its check box, is answered, not a server error.
 */
class WhatEachSideSeesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    TeamManagement teams;

    @Test
    void aTeamSeesOnlyTheCustomersOtherRequestsItMayOpen() {
        UserAccount customer = customerUser();
        AccountPrincipal desk = new AccountPrincipal(staff(Role.FRONT_OFFICE));
        Team ours = team();
        Team theirs = team();
        Request withUs = handedOff(customer, "Disque plein", ours, desk);
        Request withThem = handedOff(customer, "Facture en double", theirs, desk);

        String back = page(signedIn(member(ours)), "/back/requests/" + withUs.getReference());
        assertThat(back).contains(withUs.getReference()).doesNotContain(withThem.getReference());

        HttpSession front = new HttpSession(port);
        front.login(desk.getUsername(), PASSWORD);
        assertThat(page(front, "/desk/requests/" + withUs.getReference()))
                .as("the front office sees every request of the customer")
                .contains(withThem.getReference());
    }

    @Test
    void theColleagueWhoAskedNeverSeesTheReceivingTeamsInternalWork() {
        Team asking = team();
        Team receiving = team();
        UserAccount colleague = member(asking);
        AccountPrincipal receiver = new AccountPrincipal(member(receiving));
        Request internal = itRequest(colleague, "Poste à remplacer", "Mon portable ne démarre plus.");
        Request atReceiving = toTeam(internal, receiving);
        Request noted = requests.addInternalNote(
                atReceiving.getId(), atReceiving.getVersion(), "Portable signalé par les RH", receiver);
        attachments.attach(
                noted,
                List.of(new NewAttachment("inventaire.txt", "poste 42".getBytes(StandardCharsets.UTF_8))),
                receiver,
                true);

        AccountPrincipal asker = new AccountPrincipal(colleague);
        Request now = requests.get(internal.getId());
        assertThat(requests.seesInternalWork(asker, now)).isFalse();
        assertThat(requests.historyFor(asker, now))
                .extracting(HistoryEntry::kind)
                .doesNotContain(
                        RequestEventKind.INTERNAL_NOTE, RequestEventKind.HANDED_OFF, RequestEventKind.TRANSFERRED);
        assertThat(attachments.attachmentsFor(asker, now)).isEmpty();
        assertThat(attachments.attachmentsFor(receiver, now)).hasSize(1);

        HttpSession session = signedIn(colleague);
        HttpResponse<String> staffPage = session.get("/back/requests/" + internal.getReference());
        assertThat(staffPage.statusCode()).isEqualTo(302);
        assertThat(staffPage.headers().firstValue("Location").orElseThrow())
                .endsWith("/back/internal-requests/" + internal.getReference());
        assertThat(page(session, "/back/internal-requests/" + internal.getReference()))
                .doesNotContain("Portable signalé par les RH")
                .doesNotContain("inventaire.txt");
    }

    @Test
    void theOwnerSendsAFileWithTheAnswerToTheTeamsQuestion() {
        Team asking = team();
        Team receiving = team();
        UserAccount colleague = member(asking);
        AccountPrincipal receiver = new AccountPrincipal(member(receiving));
        Request internal = itRequest(colleague, "Licence à renouveler", "La licence expire vendredi.");
        Request atReceiving = toTeam(internal, receiving);
        requests.askOwner(atReceiving.getId(), atReceiving.getVersion(), "Quel numéro de licence ?", receiver);

        HttpSession session = signedIn(colleague);
        page(session, "/back/internal-requests/" + internal.getReference());
        HttpResponse<String> sent = session.postFile(
                "/back/requests/" + internal.getReference() + "/compose",
                "licence.txt",
                "LIC-2026-42".getBytes(StandardCharsets.UTF_8),
                "version",
                String.valueOf(requests.get(internal.getId()).getVersion()),
                "act",
                "ANSWER_TEAM",
                "body",
                "Le numéro est dans le fichier.");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(attachments.attachmentsFor(receiver, requests.get(internal.getId())))
                .extracting(Attachment::filename)
                .containsExactly("licence.txt");
        assertThat(requests.history(internal.getId()))
                .extracting(HistoryEntry::kind)
                .contains(RequestEventKind.OWNER_ANSWERED);
    }

    @Test
    void aComposerWithoutItsActOrAnIntakeWithoutItsCheckBoxIsAnsweredNotAServerError() {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Imprimante", "Elle ne répond plus."),
                TestRequests.actorOf(customer));
        HttpSession desk = signedIn(staff(Role.FRONT_OFFICE));
        page(desk, "/desk/requests/" + request.getReference());
        HttpResponse<String> noAct = desk.postFile(
                "/desk/requests/" + request.getReference() + "/compose",
                "photo.txt",
                "x".getBytes(StandardCharsets.UTF_8),
                "version",
                String.valueOf(requests.get(request.getId()).getVersion()),
                "body",
                "Voici la photo");
        assertThat(noAct.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(noAct.body())).contains("has-error");
        assertThat(attachments.attachmentsFor(new AccountPrincipal(staff(Role.FRONT_OFFICE)), request))
                .isEmpty();

        page(desk, "/desk/requests/new");
        HttpResponse<String> noBox = desk.post(
                "/desk/requests",
                "channel",
                "PHONE",
                "category",
                "INTERNAL_HR",
                "subject",
                "Sans case",
                "description",
                "Le formulaire n'envoie pas la case à cocher.",
                "requesterName",
                "Jean Dupont",
                "priority",
                "ULTRA");
        assertThat(noBox.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(noBox.body()))
                .as("the internal category refused next to its field, the rest kept")
                .contains("has-error")
                .contains("value=\"Sans case\"")
                .contains("Jean Dupont");
    }

    private Request handedOff(UserAccount customer, String subject, Team team, AccountPrincipal desk) {
        Request request = requests.submit(
                TestRequests.fromPortal(customer, subject, "Texte de " + subject), TestRequests.actorOf(customer));
        return requests.handOff(request.getId(), request.getVersion(), team.getId(), "Pour vous", desk);
    }

    /** An internal request to IT, filed by a colleague. */
    private Request itRequest(UserAccount colleague, String subject, String description) {
        return requests.submit(
                new NewRequest(
                        subject,
                        description,
                        Category.INTERNAL_IT,
                        Channel.INTERNAL,
                        null,
                        colleague.getId(),
                        colleague.getDisplayName(),
                        null,
                        null),
                TestRequests.actorOf(colleague));
    }

    /** Where the rules sent it, moved on to the given team (a hand-off, or a transfer by an administrator). */
    private Request toTeam(Request request, Team team) {
        return request.isAtFrontOffice()
                ? requests.handOff(
                        request.getId(),
                        request.getVersion(),
                        team.getId(),
                        "Pour l'informatique",
                        new AccountPrincipal(staff(Role.FRONT_OFFICE)))
                : requests.transfer(
                        request.getId(),
                        request.getVersion(),
                        team.getId(),
                        "Pour l'informatique",
                        new AccountPrincipal(staff(Role.ADMIN)));
    }

    private Team team() {
        String code = unique("equipe");
        return teams.createTeam(code, "Équipe " + code, Office.BACK_OFFICE, null, true);
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
}
