package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.StaffHomePanel;
import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.OwnerCounts;
import fr.guichet.requests.QueueCounts;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueManagement;
import fr.guichet.requests.RequestManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The agent's own work on their home. At the desk, a front-office agent's requests as their interlocutor (owner):
 * all that are open, those due today, those that came back to them (returned, asked, answered) and not opened since,
 * and what waits for an interlocutor. In the back office, a team member's requests assigned to them: all, those due
 * today, those late, and their internal requests that came back to them. Each figure opens the list it counts ({@link QueueManagement}, {@link QueueCounts}).
 */
@Component
class AgentHomePanel implements StaffHomePanel {

    private final QueueManagement workload;
    private final RequestManagement requests;
    private final TeamManagement teams;

    AgentHomePanel(QueueManagement workload, RequestManagement requests, TeamManagement teams) {
        this.workload = workload;
        this.requests = requests;
        this.teams = teams;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "requests/home-panels :: figures";
    }

    @Override
    public Optional<Map<String, Object>> model(Home home, AccountPrincipal user) {
        if (home == Home.DESK && user.hasRole(Role.FRONT_OFFICE)) {
            return Optional.of(desk(user));
        }
        if (home == Home.BACK
                && user.getTeamId() != null
                && teams.team(user.getTeamId()).getOffice() == Office.BACK_OFFICE) {
            return Optional.of(back(user));
        }
        return Optional.empty();
    }

    private Map<String, Object> desk(AccountPrincipal user) {
        OwnerCounts mine = workload.ownerCounts(user.getId());
        String list = "/desk/requests";
        List<HomeFigure> figures = new ArrayList<>(List.of(
                HomeFigure.of("homepanel.agent.owned", mine.open(), HomeFigure.link(list, "view", "mine")),
                HomeFigure.warn(
                        "homepanel.agent.due-today",
                        mine.dueToday(),
                        HomeFigure.link(list, "view", "mine", "due", DueWindow.TODAY)),
                HomeFigure.warn(
                        "homepanel.agent.came-back",
                        mine.cameBack(),
                        HomeFigure.link(list, "view", "mine", "cameBack", true))));
        if (!user.hasRole(Role.TEAM_LEAD)) {
            // a lead reads it on their team's panel, beside the front office's backlog
            figures.add(HomeFigure.of(
                    "homepanel.agent.unowned",
                    requests.frontOfficeCounts(user.getId()).unowned(),
                    HomeFigure.link(list, "view", "unowned")));
        }
        return Map.of("id", "homepanel-agent", "title", "homepanel.agent.title", "figures", figures);
    }

    private Map<String, Object> back(AccountPrincipal user) {
        QueueCounts assigned =
                workload.counts(QueueFilter.openOf(user.getTeamId()).withAssignee(user.getId()));
        String list = "/back/requests";
        return Map.of(
                "id", "homepanel-agent",
                "title", "homepanel.agent.title",
                "figures",
                        List.of(
                                HomeFigure.of(
                                        "homepanel.agent.assigned",
                                        assigned.total(),
                                        HomeFigure.link(list, "assignee", "me")),
                                HomeFigure.warn(
                                        "homepanel.agent.due-today",
                                        assigned.in(DueWindow.TODAY),
                                        HomeFigure.link(list, "assignee", "me", "due", DueWindow.TODAY)),
                                HomeFigure.danger(
                                        "homepanel.agent.overdue",
                                        assigned.late(),
                                        HomeFigure.link(list, "assignee", "me", "overdue", true)),
                                HomeFigure.warn(
                                        "homepanel.agent.came-back",
                                        workload.ownerCounts(user.getId()).cameBack(),
                                        HomeFigure.link("/back/internal-requests", "cameBack", true))));
    }
}
