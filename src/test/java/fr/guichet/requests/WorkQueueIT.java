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
import fr.guichet.support.TestRequests;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A team's work queue: filters (also as htmx fragments), overdue marks, bulk assignment. */
class WorkQueueIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theQueueFiltersMarksOverdueRequestsAndAssignsInBulk() {
        Team team = teams.createTeam(unique("file"), "File de test", Office.BACK_OFFICE, null, false);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        String hash = users.findByUsername(agent.getUsername()).orElseThrow().getPasswordHash();
        UserAccount lead = users.createWithHash(
                UserProfile.staff(
                        unique("chef"),
                        "Chef de file",
                        unique("chef") + "@example.fr",
                        Set.of(Role.BACK_OFFICE, Role.TEAM_LEAD),
                        team.getId(),
                        null),
                hash,
                false);
        UserAccount member = users.createWithHash(
                UserProfile.staff(
                        unique("agent"),
                        "Agent de file",
                        unique("agent") + "@example.fr",
                        Set.of(Role.BACK_OFFICE),
                        team.getId(),
                        null),
                hash,
                false);
        Actor actor = TestRequests.actorOf(agent);
        List<Request> handed = new ArrayList<>();
        for (Priority priority : List.of(Priority.LOW, Priority.HIGH, Priority.URGENT)) {
            Request r = requests.submit(TestRequests.byPhone(agent, null, "Client", "Demande " + priority), actor);
            r = requests.changePriority(r.getId(), r.getVersion(), priority, new AccountPrincipal(agent));
            handed.add(requests.handOff(r.getId(), r.getVersion(), team.getId(), "note", new AccountPrincipal(agent)));
        }
        jdbc.sql("UPDATE requests_request SET resolution_due = :past WHERE id = :id")
                .param("past", Instant.now().minusSeconds(600).atOffset(ZoneOffset.UTC))
                .param("id", handed.get(2).getId())
                .update();

        HttpSession back = new HttpSession(port);
        back.login(lead.getUsername(), PASSWORD);
        String queue = back.get("/back/requests").body();
        assertThat(queue)
                .contains(
                        handed.get(0).getReference(),
                        handed.get(1).getReference(),
                        handed.get(2).getReference());
        assertThat(queue).contains("class=\"badge off\">En retard</span>");

        String highOnly =
                back.get("/back/requests?priority=HIGH", "HX-Request", "true").body();
        assertThat(highOnly)
                .contains(handed.get(1).getReference())
                .doesNotContain(handed.get(0).getReference())
                .doesNotContain("<html");
        String overdue = back.get("/back/requests?overdue=true").body();
        assertThat(overdue)
                .contains(handed.get(2).getReference())
                .doesNotContain(handed.get(1).getReference());

        back.post(
                "/back/requests/bulk-assign",
                "references",
                handed.get(0).getReference(),
                "references",
                handed.get(1).getReference(),
                "assigneeId",
                String.valueOf(member.getId()));
        assertThat(requests.get(handed.get(0).getId()).getAssigneeId()).isEqualTo(member.getId());
        assertThat(requests.get(handed.get(1).getId()).getAssigneeId()).isEqualTo(member.getId());
        assertThat(requests.get(handed.get(2).getId()).getAssigneeId()).isNull();
        String mine = back.get("/back/requests?assignee=" + member.getId()).body();
        assertThat(mine)
                .contains(handed.get(0).getReference())
                .doesNotContain(handed.get(2).getReference());

        requests.close(handed.get(0).getId(), actor);
        assertThat(back.get("/back/requests").body())
                .as("closed requests leave the open queue")
                .doesNotContain(handed.get(0).getReference());
        assertThat(back.get("/back/requests?status=CLOSED").body())
                .contains(handed.get(0).getReference());
    }
}
