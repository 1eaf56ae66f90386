package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.notifications.Alert;
import fr.guichet.notifications.AlertManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Internal requests close the loop: the colleague who asks owns it; the receiving team answers, asks and resolves;
 * they are alerted, reply, reopen and close from their own page in their own zone; nobody else may.
 */
class InternalRequestLoopIT extends IntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("DEM-\\d{4}-\\d{6,}");

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    AlertManagement alerts;

    @LocalServerPort
    int port;

    private UserAccount itMember() {
        String username = unique("dsi");
        return users.createWithHash(
                UserProfile.staff(
                        username,
                        "Technicienne " + username,
                        username + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        teams.teamByCode("informatique").orElseThrow().getId(),
                        null),
                users.findByUsername(staff(Role.BACK_OFFICE).getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);
    }

    private static String page(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }

    private List<String> alertKinds(UserAccount user) {
        return alerts.latest(user.getId(), 50).stream().map(Alert::kind).toList();
    }

    @Test
    void theTeamAnswersAsksAndResolvesAndTheRequesterRepliesReopensAndClosesFromTheirOwnPage() throws Exception {
        UserAccount colleague = staff(Role.FRONT_OFFICE);
        UserAccount member = itMember();
        AccountPrincipal it = new AccountPrincipal(member);
        HttpSession desk = new HttpSession(port);
        desk.login(colleague.getUsername(), PASSWORD);
        desk.get("/desk/internal-requests/new");
        desk.post(
                "/desk/internal-requests",
                "category",
                "INTERNAL_IT",
                "subject",
                "Écran noir au poste 12",
                "description",
                "Plus d’image depuis ce matin");
        String list = page(desk.get("/desk/internal-requests"));
        Matcher found = REFERENCE.matcher(list);
        assertThat(found.find()).isTrue();
        String reference = found.group();
        assertThat(list).contains("/desk/internal-requests/" + reference).contains("Informatique interne");
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getOwnerId()).as("the colleague who asks owns it").isEqualTo(colleague.getId());
        long itTeam = teams.teamByCode("informatique").orElseThrow().getId();
        assertThat(request.getTeamId()).isEqualTo(itTeam);
        request = requests.assign(request.getId(), request.getVersion(), member.getId(), it);

        // The team asks the requester: alerted, shown on their own page.
        request = requests.askOwner(request.getId(), request.getVersion(), "Le voyant est-il allumé ?", it);
        assertThat(alerts.latest(colleague.getId(), 10))
                .filteredOn(a -> a.kind().equals("OWNER_QUESTION"))
                .singleElement()
                .satisfies(a -> assertThat(a.link()).isEqualTo("/desk/internal-requests/" + reference));
        assertThat(page(desk.get("/desk/internal-requests")))
                .as("the list highlights it until they open it")
                .contains("came-back")
                .contains("Question pour vous");
        String own = page(desk.get("/desk/internal-requests/" + reference));
        assertThat(own)
                .contains("Le voyant est-il allumé ?")
                .contains("Question de l’équipe")
                .contains("Informatique interne");
        assertThat(requests.cameBack(request.getId()))
                .as("opened: no longer highlighted")
                .isEmpty();
        String path = own.substring(own.indexOf("class=\"path\""), own.indexOf("</p>", own.indexOf("class=\"path\"")));
        assertThat(path)
                .as("the path shows who asked")
                .contains(colleague.getDisplayName())
                .doesNotContain("front office");

        // The requester answers from their page: the assignee is told.
        assertThat(page(desk.post("/desk/internal-requests/" + reference + "/messages", "body", " ")))
                .contains("id=\"body-error\"");
        desk.post("/desk/internal-requests/" + reference + "/messages", "body", "Oui, orange.");
        assertThat(alertKinds(member)).contains("TEAM_OWNER_ANSWERED");

        // The team writes an internal note (never shown to the requester) and answers them directly.
        request = requests.get(request.getId());
        request = requests.addInternalNote(request.getId(), request.getVersion(), "Carte graphique HS ?", it);
        request = requests.replyToCustomer(request.getId(), request.getVersion(), "On passe à 14 h.", false, it);
        assertThat(alertKinds(colleague)).contains("OWNER_ANSWER");
        own = page(desk.get("/desk/internal-requests/" + reference));
        assertThat(own).contains("On passe à 14 h.").contains("Oui, orange.").doesNotContain("Carte graphique HS ?");
        List<MimeMessageSubject> mails = MimeMessageSubject.of(TestMail.awaitFor(colleague.getEmail(), 3));
        assertThat(mails).extracting(MimeMessageSubject::subject).anyMatch(s -> s.contains("Réponse à votre demande"));
        assertThat(mails.stream().filter(m -> m.body().contains("/desk/internal-requests/" + reference)))
                .isNotEmpty();

        // The team resolves; the requester replies, which reopens it, then closes it.
        request = requests.resolve(request.getId(), request.getVersion(), "Écran remplacé.", it);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(page(desk.get("/desk/internal-requests/" + reference))).contains("rouvre la demande");
        desk.post("/desk/internal-requests/" + reference + "/messages", "body", "Toujours noir après redémarrage.");
        request = requests.get(request.getId());
        assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(requests.history(request.getId()))
                .extracting(HistoryEntry::kind)
                .contains(RequestEventKind.REOPENED);
        request = requests.resolve(request.getId(), request.getVersion(), "Câble changé.", it);
        assertThat(desk.post("/desk/internal-requests/" + reference + "/close").statusCode())
                .isEqualTo(302);
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(page(desk.get("/desk/internal-requests/" + reference))).doesNotContain("name=\"body\"");
    }

    @Test
    void anotherStaffMemberCannotSeeNorActOnSomeoneElsesInternalRequestPage() {
        UserAccount colleague = staff(Role.BACK_OFFICE);
        Request request = requests.submit(
                new NewRequest(
                        "Badge perdu",
                        "Badge d’accès perdu",
                        Category.INTERNAL_OTHER,
                        Channel.INTERNAL,
                        null,
                        colleague.getId(),
                        colleague.getDisplayName(),
                        null,
                        null),
                new Actor(colleague.getId(), colleague.getDisplayName()));
        String reference = request.getReference();
        HttpSession own = new HttpSession(port);
        own.login(colleague.getUsername(), PASSWORD);
        assertThat(own.get("/back/internal-requests/" + reference).statusCode()).isEqualTo(200);

        for (UserAccount other :
                List.of(staff(Role.BACK_OFFICE), staff(Role.FRONT_OFFICE), staff(Role.ADMIN, Role.BACK_OFFICE))) {
            HttpSession session = new HttpSession(port);
            session.login(other.getUsername(), PASSWORD);
            String zone = other.hasRole(Role.FRONT_OFFICE) ? "desk" : "back";
            assertThat(session.get("/" + zone + "/internal-requests/" + reference)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(session.post("/" + zone + "/internal-requests/" + reference + "/messages", "body", "Moi")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(session.post("/" + zone + "/internal-requests/" + reference + "/close")
                            .statusCode())
                    .isEqualTo(404);
        }
        Request after = requests.get(request.getId());
        assertThat(after.getVersion()).isEqualTo(request.getVersion());
        assertThat(after.getStatus()).isEqualTo(RequestStatus.NEW);
        // The domain says the same to a caller that skips the page.
        assertThatThrownBy(
                        () -> requests.requesterClose(request.getId(), new AccountPrincipal(staff(Role.FRONT_OFFICE))))
                .isInstanceOf(RequestActRefused.class);
    }

    /** A received mail's subject and text. */
    record MimeMessageSubject(String subject, String body) {
        static List<MimeMessageSubject> of(List<MimeMessage> mails) throws Exception {
            List<MimeMessageSubject> read = new ArrayList<>();
            for (MimeMessage mail : mails) {
                read.add(new MimeMessageSubject(mail.getSubject(), TestMail.text(mail)));
            }
            return read;
        }
    }
}
