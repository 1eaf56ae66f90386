package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.StaffHomePanel;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.QueueCounts;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueManagement;
import fr.guichet.requests.RequestManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The team lead's view of their team's queue, on the home of the zone the queue is in: a back-office team's on
 * {@code /back}, the front office's (where a front-office team's requests wait: no team holds them) on
 * {@code /desk}. The backlog and what nobody has taken yet, the service levels at risk (due within the hour), today's
 * breaches and, in the back office, everything late; the backlog by age. Only their own team: the figures come from
 * its queue alone, and each opens the queue narrowed to what it counts.
 */
@Component
class LeadHomePanel implements StaffHomePanel {

    /** An age bucket's figure, with the backlog it is part of (the meter's scale). */
    record AgeFigure(HomeFigure figure, long backlog) {}

    private final QueueManagement workload;
    private final RequestManagement requests;
    private final TeamManagement teams;

    LeadHomePanel(QueueManagement workload, RequestManagement requests, TeamManagement teams) {
        this.workload = workload;
        this.requests = requests;
        this.teams = teams;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "requests/home-panels :: figures";
    }

    @Override
    public Optional<Map<String, Object>> model(Home home, AccountPrincipal user) {
        if (!user.hasRole(Role.TEAM_LEAD) || user.getTeamId() == null) {
            return Optional.empty();
        }
        Team team = teams.team(user.getTeamId());
        boolean front = team.getOffice() == Office.FRONT_OFFICE;
        if (home != (front ? Home.DESK : Home.BACK)) {
            return Optional.empty();
        }
        QueueCounts queue = workload.counts(QueueFilter.openOf(front ? null : team.getId()));
        List<HomeFigure> figures = new ArrayList<>();
        List<AgeFigure> ages = new ArrayList<>();
        if (front) {
            String list = "/desk/requests";
            figures.add(HomeFigure.of("homepanel.lead.backlog", queue.total(), HomeFigure.link(list, "view", "front")));
            figures.add(HomeFigure.warn(
                    "homepanel.lead.unowned",
                    requests.frontOfficeCounts(user.getId()).unowned(),
                    HomeFigure.link(list, "view", "unowned")));
            windows(figures, queue, window -> HomeFigure.link(list, "view", "front", "due", window));
            for (AgeBucket bucket : AgeBucket.values()) {
                ages.add(new AgeFigure(
                        HomeFigure.of(
                                "homepanel.age.count." + bucket,
                                queue.aged(bucket),
                                HomeFigure.link(list, "view", "front", "age", bucket)),
                        queue.total()));
            }
        } else {
            String list = "/back/requests";
            figures.add(HomeFigure.of("homepanel.lead.backlog", queue.total(), list));
            figures.add(HomeFigure.warn(
                    "homepanel.lead.unassigned", queue.unassigned(), HomeFigure.link(list, "assignee", "none")));
            windows(figures, queue, window -> HomeFigure.link(list, "due", window));
            figures.add(
                    HomeFigure.danger("homepanel.lead.overdue", queue.late(), HomeFigure.link(list, "overdue", true)));
            for (AgeBucket bucket : AgeBucket.values()) {
                ages.add(new AgeFigure(
                        HomeFigure.of(
                                "homepanel.age.count." + bucket,
                                queue.aged(bucket),
                                HomeFigure.link(list, "age", bucket)),
                        queue.total()));
            }
        }
        return Optional.of(Map.of(
                "id",
                "homepanel-lead",
                "title",
                "homepanel.lead.title",
                "subtitle",
                team.getName(),
                "figures",
                figures,
                "ages",
                ages));
    }

    private static void windows(List<HomeFigure> figures, QueueCounts queue, Function<DueWindow, String> link) {
        figures.add(
                HomeFigure.warn("homepanel.lead.at-risk", queue.in(DueWindow.AT_RISK), link.apply(DueWindow.AT_RISK)));
        figures.add(HomeFigure.danger(
                "homepanel.lead.breached-today",
                queue.in(DueWindow.BREACHED_TODAY),
                link.apply(DueWindow.BREACHED_TODAY)));
    }
}
