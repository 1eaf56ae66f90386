package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every filter of the back-office queue and every tab of the desk shows its count, and each count is what the list
 * shows when that option is chosen (the other filters kept). The queue shows each request's age and its service-level
 * state in words.
 */
class QueueCountsIT extends IntegrationTest {

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachFilterOfTheQueueCountsWhatItsListShows() throws Exception {
        Team team = teams.createTeam(unique("compte"), "File comptée", Office.BACK_OFFICE, null, false);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount lead = member(team, Role.BACK_OFFICE, Role.TEAM_LEAD);
        UserAccount member = member(team, Role.BACK_OFFICE);
        AccountPrincipal agentPrincipal = new AccountPrincipal(agent);
        List<Request> handed = new ArrayList<>();
        for (Priority priority : List.of(Priority.LOW, Priority.HIGH, Priority.HIGH, Priority.URGENT)) {
            Request r = requests.submit(
                    TestRequests.byPhone(agent, null, "Client", "Demande " + priority), TestRequests.actorOf(agent));
            r = requests.changePriority(r.getId(), r.getVersion(), priority, agentPrincipal);
            handed.add(requests.handOff(r.getId(), r.getVersion(), team.getId(), "note", agentPrincipal));
        }
        Request assigned = handed.get(1);
        requests.assign(assigned.getId(), assigned.getVersion(), member.getId(), new AccountPrincipal(lead));
        jdbc.sql("UPDATE requests_request SET resolution_due = :past WHERE id = :id")
                .param("past", Instant.now().minusSeconds(600).atOffset(ZoneOffset.UTC))
                .param("id", handed.get(3).getId())
                .update();

        MvcResult all = queue(lead, "");
        QueueCounts counts = (QueueCounts) all.getModelAndView().getModel().get("counts");
        assertThat(counts.total()).isEqualTo(4).isEqualTo(items(all).size());
        for (Priority priority : Priority.values()) {
            assertThat(counts.priority(priority))
                    .as("count of priority %s", priority)
                    .isEqualTo(items(queue(lead, "priority=" + priority)).size());
        }
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(counts.status(status))
                    .as("count of status %s", status)
                    .isEqualTo(items(queue(lead, "status=" + status)).size());
        }
        assertThat(counts.unassigned())
                .isEqualTo(3)
                .isEqualTo(items(queue(lead, "assignee=none")).size());
        assertThat(counts.assignee(member.getId()))
                .isEqualTo(1)
                .isEqualTo(items(queue(lead, "assignee=" + member.getId())).size());
        assertThat(counts.late())
                .isEqualTo(1)
                .isEqualTo(items(queue(lead, "overdue=true")).size());
        assertThat(counts.category(Category.OTHER))
                .isEqualTo(items(queue(lead, "category=OTHER")).size());

        // Under another filter, the counts of the other filters follow it.
        MvcResult high = queue(lead, "priority=HIGH");
        QueueCounts underHigh = (QueueCounts) high.getModelAndView().getModel().get("counts");
        assertThat(underHigh.total()).isEqualTo(2);
        assertThat(underHigh.unassigned())
                .isEqualTo(1)
                .isEqualTo(items(queue(lead, "priority=HIGH&assignee=none")).size());
        assertThat(underHigh.priority(Priority.URGENT))
                .as("a priority's own count ignores the priority chosen")
                .isEqualTo(1);

        String page = all.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Haute (2)")
                .contains("Urgente (1)")
                .contains("Personne (3)")
                .contains("En retard seulement (1)")
                .contains("Demandes avec ces filtres : 4");
        assertThat(page).as("the overdue one, in words").contains(">En retard</span>");
        assertThat(page).as("the others, in words").contains(">Dans les temps</span>");
        assertThat(page).as("the age").contains("class=\"age\"").containsPattern(">\\d+ min</span>");
    }

    @Test
    void theDesksTabsCountWhatEachTabLists() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount colleague = staff(Role.FRONT_OFFICE);
        requests.submit(TestRequests.byPhone(agent, null, "Client", "Sans interlocuteur"), TestRequests.actorOf(agent));
        Request mine =
                requests.submit(TestRequests.byPhone(agent, null, "Client", "À moi"), TestRequests.actorOf(agent));
        if (mine.getOwnerId() == null) {
            requests.takeOwnership(mine.getId(), mine.getVersion(), new AccountPrincipal(agent));
        }

        FrontOfficeCounts counts = requests.frontOfficeCounts(agent.getId());
        for (Map.Entry<String, Long> tab : Map.of(
                        "front", counts.front(), "mine", counts.mine(), "unowned", counts.unowned())
                .entrySet()) {
            long listed = countAll(agent, "/desk/requests?view=" + tab.getKey());
            assertThat(tab.getValue()).as("tab %s", tab.getKey()).isEqualTo(listed);
        }
        assertThat(counts.mine()).isGreaterThanOrEqualTo(1);
        assertThat(requests.frontOfficeCounts(colleague.getId()).mine()).isZero();
        String page = mvc.perform(get("/desk/requests").with(user(new AccountPrincipal(agent))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<span class=\"count\">" + counts.front() + "</span>");
    }

    /** Every item of the desk's list, following its pages. */
    @SuppressWarnings("unchecked")
    private long countAll(UserAccount agent, String path) throws Exception {
        long total = 0;
        String next = path;
        while (next != null) {
            MvcResult result = mvc.perform(get(next).with(user(new AccountPrincipal(agent))))
                    .andReturn();
            Map<String, Object> model = result.getModelAndView().getModel();
            total += ((List<QueueItem>) model.get("items")).size();
            QueueItem last = (QueueItem) model.get("next");
            next = last == null ? null : path + "&afterDue=" + last.resolutionDue() + "&afterId=" + last.id();
        }
        return total;
    }

    private MvcResult queue(UserAccount lead, String query) throws Exception {
        return mvc.perform(get("/back/requests?" + query).with(user(new AccountPrincipal(lead))))
                .andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<QueueItem> items(MvcResult result) {
        return (List<QueueItem>) result.getModelAndView().getModel().get("items");
    }

    private UserAccount member(Team team, Role... roles) {
        return memberOf(team.getId(), roles);
    }
}
