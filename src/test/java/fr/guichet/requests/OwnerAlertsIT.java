package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.guichet.support.TestRequests;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * "Mine" lists everything I own wherever it is; what a team returns, asks or answers is highlighted until I open it,
 * and I am told in the app and (setting) by email; the team is told when I answer its question.
 */
class OwnerAlertsIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    OwnerSettingsManagement settings;

    @Autowired
    TeamManagement teams;

    @Autowired
    AlertManagement alerts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    private long support() {
        return teams.teamByCode("support").orElseThrow().getId();
    }

    private UserAccount supportMember() {
        String username = unique("support");
        return users.createWithHash(
                UserProfile.staff(
                        username,
                        "Technicien " + username,
                        username + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        support(),
                        null),
                users.findByUsername(staff(Role.BACK_OFFICE).getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);
    }

    private List<String> alertKinds(UserAccount user) {
        return alerts.latest(user.getId(), 50).stream().map(Alert::kind).toList();
    }

    private String mine(HttpSession desk) {
        return HtmlUtils.htmlUnescape(desk.get("/desk/requests?view=mine").body());
    }

    @Test
    void mineListsWhatIHandedOffWithWhereAndSinceAndHighlightsWhatCameBackUntilIOpenIt() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount member = supportMember();
        AccountPrincipal technician = new AccountPrincipal(member);
        try (OwnerTesting owners =
                new OwnerTesting(settings, users, staff(Role.ADMIN)).rule(InterlocutorPolicy.ACCOUNT_MANAGER, true)) {
            Request request = requests.submit(
                    TestRequests.byPhone(agent, null, "Paul Durand", "Serveur lent"), TestRequests.actorOf(agent));
            request = requests.handOff(
                    request.getId(),
                    request.getVersion(),
                    support(),
                    "Lenteurs depuis lundi",
                    new AccountPrincipal(agent));
            Request atTheFront = requests.submit(
                    TestRequests.byPhone(agent, null, "Jeanne", "Question simple"), TestRequests.actorOf(agent));
            String reference = request.getReference();

            HttpSession desk = new HttpSession(port);
            desk.login(agent.getUsername(), PASSWORD);
            String list = mine(desk);
            assertThat(list)
                    .contains(reference)
                    .contains(atTheFront.getReference())
                    .contains("Support technique (hotline)")
                    .doesNotContain("came-back");
            OwnedRequest handedOff = requests.ownedBy(new AccountPrincipal(agent), null, null, 50).stream()
                    .filter(o -> o.item().reference().equals(reference))
                    .findFirst()
                    .orElseThrow();
            HistoryEntry handOff = requests.history(request.getId()).stream()
                    .filter(e -> e.kind() == RequestEventKind.HANDED_OFF)
                    .findFirst()
                    .orElseThrow();
            assertThat(handedOff.arrivedAt()).as("since it reached the team").isEqualTo(handOff.at());
            assertThat(handedOff.item().teamId()).isEqualTo(support());

            // The team returns it: highlighted, alerted, emailed.
            request = requests.returnToOwner(request.getId(), request.getVersion(), "Disque plein, vidé.", technician);
            list = mine(desk);
            assertThat(list).contains("came-back").contains("Rendue par l’équipe");
            assertThat(alertKinds(agent)).contains("OWNER_RETURNED");
            List<MimeMessage> mails = TestMail.awaitFor(agent.getEmail(), 1);
            assertThat(mails.get(0).getSubject()).isEqualTo("[" + reference + "] Le back office vous a répondu");
            assertThat(TestMail.text(mails.get(0))).contains("Disque plein, vidé.");

            // Another staff member opening it changes nothing; the owner opening it clears it.
            HttpSession colleague = new HttpSession(port);
            colleague.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
            colleague.get("/desk/requests/" + reference);
            assertThat(requests.cameBack(request.getId())).contains(OwnerAttention.Reason.RETURNED);
            assertThat(alerts.unread(agent.getId())).as("the return's alert").isPositive();
            desk.get("/desk/requests/" + reference);
            assertThat(requests.cameBack(request.getId())).isEmpty();
            assertThat(mine(desk)).contains(reference).doesNotContain("came-back");
            assertThat(alerts.latest(agent.getId(), 50))
                    .as("opening the request reads its alerts")
                    .filteredOn(alert -> reference.equals(alert.reference()))
                    .allSatisfy(alert -> assertThat(alert.readAt()).isNotNull());

            // A question from the team.
            request = requests.handOff(
                    request.getId(), request.getVersion(), support(), "Encore lent", new AccountPrincipal(agent));
            request = requests.askOwner(request.getId(), request.getVersion(), "Depuis quelle heure ?", technician);
            assertThat(mine(desk)).contains("Question pour vous");
            assertThat(alertKinds(agent)).contains("OWNER_QUESTION");
            assertThat(TestMail.awaitFor(agent.getEmail(), 2).get(1).getSubject())
                    .contains("Une question sur la demande");
            desk.get("/desk/requests/" + reference);

            // The team answers the customer directly (support may): the owner is told.
            request = requests.replyToCustomer(
                    request.getId(), request.getVersion(), "Nous avons redémarré le service.", false, technician);
            assertThat(mine(desk)).contains("L’équipe a répondu");
            assertThat(alertKinds(agent)).contains("OWNER_ANSWER");
            List<MimeMessage> answer = TestMail.awaitFor(agent.getEmail(), 3);
            assertThat(answer.get(2).getSubject())
                    .isEqualTo("[" + reference + "] L’équipe a répondu sur la demande « Serveur lent »");
            assertThat(TestMail.text(answer.get(2))).contains("/desk/requests/" + reference);

            // The owner's own reply does not call them back.
            desk.get("/desk/requests/" + reference);
            requests.replyToCustomer(
                    request.getId(), request.getVersion(), "Je vous rappelle.", false, new AccountPrincipal(agent));
            assertThat(requests.cameBack(request.getId())).isEmpty();
        }
    }

    @Test
    void withoutTheMailSettingTheOwnerIsToldInTheAppOnly() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        AccountPrincipal technician = new AccountPrincipal(supportMember());
        try (OwnerTesting owners =
                new OwnerTesting(settings, users, staff(Role.ADMIN)).rule(InterlocutorPolicy.ACCOUNT_MANAGER, false)) {
            Request request = requests.submit(
                    TestRequests.byPhone(agent, null, "Paul", "Imprimante"), TestRequests.actorOf(agent));
            request = requests.handOff(
                    request.getId(), request.getVersion(), support(), "Bourrage", new AccountPrincipal(agent));
            request = requests.returnToOwner(request.getId(), request.getVersion(), "Rouleau changé", technician);
            assertThat(alertKinds(agent)).containsExactly("OWNER_RETURNED");

            // The setting on again: the next one is emailed, and it is the only email the owner received.
            owners.rule(InterlocutorPolicy.ACCOUNT_MANAGER, true);
            request = requests.handOff(
                    request.getId(), request.getVersion(), support(), "Encore", new AccountPrincipal(agent));
            requests.askOwner(request.getId(), request.getVersion(), "Quel modèle ?", technician);
            List<MimeMessage> mails = TestMail.awaitFor(agent.getEmail(), 1);
            Thread.sleep(500);
            assertThat(TestMail.receivedBy(agent.getEmail())).hasSize(1);
            assertThat(mails.get(0).getSubject()).contains("Une question sur la demande");
        }
    }

    @Test
    void theTeamIsToldWhenTheOwnerAnswersItsQuestion() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount member = supportMember();
        Request request =
                requests.submit(TestRequests.byPhone(agent, null, "Paul", "Réseau"), TestRequests.actorOf(agent));
        request = requests.handOff(
                request.getId(), request.getVersion(), support(), "Coupures", new AccountPrincipal(agent));
        request = requests.assign(request.getId(), request.getVersion(), member.getId(), new AccountPrincipal(member));
        Request asked =
                requests.askOwner(request.getId(), request.getVersion(), "Quel étage ?", new AccountPrincipal(member));
        // The owner's answer (the act is the request page's, ADR 0020): its event tells the assignee.
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new RequestEvent(
                        asked.getId(),
                        asked.getReference(),
                        RequestEventKind.OWNER_ANSWERED,
                        agent.getId(),
                        agent.getDisplayName(),
                        null,
                        null,
                        "Deuxième étage",
                        requests.now(),
                        new RequestEvent.About(
                                asked.getReference(),
                                asked.getSubject(),
                                null,
                                null,
                                agent.getId(),
                                support(),
                                member.getId(),
                                false))));
        assertThat(alerts.latest(member.getId(), 10)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("TEAM_OWNER_ANSWERED");
            assertThat(a.link()).isEqualTo("/back/requests/" + asked.getReference());
        });
        MimeMessage mail = TestMail.awaitFor(member.getEmail(), 1).get(0);
        assertThat(mail.getSubject()).contains("Réponse à votre question");
        assertThat(TestMail.text(mail)).contains("Deuxième étage");
    }
}
