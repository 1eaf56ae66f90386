package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.ScheduledJobs;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestRequests;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Overdue requests are escalated to the team lead once, by email and in the app, even when two instances run the job
 * at the same tick.
 */
class EscalationIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @Autowired
    RequestManagement requests;

    @Autowired
    EscalationJob job;

    @Autowired
    TeamManagement teams;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void bothInstancesTickTogetherAndTheLeadIsToldOnce() throws Exception {
        Team team = teams.createTeam(unique("escalade"), "Équipe d'escalade", Office.BACK_OFFICE, null, false);
        String leadName = unique("chef");
        UserAccount lead = users.createWithHash(
                UserProfile.staff(
                        leadName,
                        "Chef " + leadName,
                        leadName + "@example.fr",
                        Set.of(Role.BACK_OFFICE, Role.TEAM_LEAD),
                        team.getId(),
                        null),
                users.findByUsername(staff(Role.BACK_OFFICE).getUsername())
                        .orElseThrow()
                        .getPasswordHash(),
                false);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount customer = customerUser();
        Actor agentActor = TestRequests.actorOf(agent);
        Request request = requests.submit(
                TestRequests.byPhone(
                        agent,
                        customer.getCustomerOrganisationId(),
                        "Paul Durand",
                        "Serveur arrêté",
                        "Plus rien ne marche"),
                agentActor);
        request = requests.handOff(
                request.getId(),
                request.getVersion(),
                team.getId(),
                "Urgent, voir le serveur",
                new AccountPrincipal(agent));
        jdbc.sql("UPDATE requests_request SET resolution_due = :past WHERE id = :id")
                .param("past", Instant.now().minusSeconds(3600).atOffset(ZoneOffset.UTC))
                .param("id", request.getId())
                .update();

        // An earlier test's tick may hold the lock (at least 20 s).
        ScheduledJobs.releaseLock(jdbc, "requests-escalation");
        EscalationJob secondJob = second.context().getBean(EscalationJob.class);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> tick(start, job));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> tick(start, secondJob));
        start.countDown();
        CompletableFuture.allOf(one, two).get();

        assertThat(requests.history(request.getId()))
                .filteredOn(e -> e.kind() == RequestEventKind.ESCALATED)
                .hasSize(1);
        assertThat(requests.get(request.getId()).getEscalatedAt()).isNotNull();
        List<MimeMessage> mails = TestMail.awaitFor(lead.getEmail(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(request.getReference()).contains("Demande en retard");

        // A later tick does not escalate it again.
        ScheduledJobs.releaseLock(jdbc, "requests-escalation");
        job.escalateOverdue();
        Thread.sleep(500);
        assertThat(requests.history(request.getId()))
                .filteredOn(e -> e.kind() == RequestEventKind.ESCALATED)
                .hasSize(1);
        assertThat(TestMail.receivedBy(lead.getEmail())).hasSize(1);

        // In the app too: the lead's toolbar counts the alert, which opens the request and is then read.
        HttpSession session = new HttpSession(port);
        session.login(leadName, PASSWORD);
        assertThat(session.get("/back/requests").body()).contains("Alertes (1)");
        String alerts = HtmlUtils.htmlUnescape(session.get("/back/alerts").body());
        assertThat(alerts).contains("Demande " + request.getReference() + " en retard : « Serveur arrêté »");
        Matcher id = Pattern.compile("name=\"id\" value=\"(\\d+)\"").matcher(alerts);
        assertThat(id.find()).isTrue();
        HttpResponse<String> open = session.post("/back/alerts/read", "id", id.group(1));
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location").orElseThrow())
                .endsWith("/back/requests/" + request.getReference());
        assertThat(session.get("/back/requests").body())
                .doesNotContain("Alertes (1)")
                .contains("Alertes");
    }

    private static void tick(CountDownLatch start, EscalationJob job) {
        try {
            start.await();
            job.escalateOverdue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
