package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.StaffHomePanel;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.QueueCounts;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The administrator's view of the whole backlog on the back office's home: every queue (the front office's, then each
 * back-office team's) with its open requests, those due today, at risk and breached today, each figure opening that
 * queue narrowed to what it counts. The totals add the rows up; they open no list (no queue holds them all).
 */
@Component
class BacklogHomePanel implements StaffHomePanel {

    /** A queue's row: its name (none: the front office), its figures in the columns' order. */
    record Row(@Nullable String team, List<HomeFigure> figures) {}

    /** The columns' headings, in the order of each row's figures. */
    static final List<String> COLUMNS = List.of(
            "homepanel.backlog.col.open",
            "homepanel.backlog.col.due-today",
            "homepanel.backlog.col.at-risk",
            "homepanel.backlog.col.breached-today");

    private final QueueManagement workload;
    private final TeamManagement teams;

    BacklogHomePanel(QueueManagement workload, TeamManagement teams) {
        this.workload = workload;
        this.teams = teams;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "requests/home-panels :: backlog";
    }

    @Override
    public Optional<Map<String, Object>> model(Home home, AccountPrincipal user) {
        if (home != Home.BACK || !user.hasRole(Role.ADMIN)) {
            return Optional.empty();
        }
        Map<Long, QueueCounts> backlog = workload.openBacklog();
        List<Row> rows = new ArrayList<>();
        rows.add(row(
                null,
                counts(backlog, null),
                window -> HomeFigure.link("/desk/requests", "view", "front", "due", window)));
        for (Team team : teams.teams()) {
            if (team.getOffice() == Office.BACK_OFFICE) {
                rows.add(row(
                        team.getName(),
                        counts(backlog, team.getId()),
                        window -> HomeFigure.link("/back/requests", "team", team.getId(), "due", window)));
            }
        }
        long[] totals = new long[rows.get(0).figures().size()];
        for (Row row : rows) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += row.figures().get(i).count();
            }
        }
        return Optional.of(Map.of("rows", rows, "totals", totals, "columns", COLUMNS));
    }

    private static QueueCounts counts(Map<Long, QueueCounts> backlog, @Nullable Long team) {
        QueueCounts counts = backlog.get(team);
        return counts != null ? counts : new QueueCounts(List.of(), QueueFilter.openOf(team));
    }

    /** The queue's figures; {@code link} gives its list narrowed to a window (none: the whole queue). */
    private static Row row(@Nullable String team, QueueCounts queue, Function<DueWindow, String> link) {
        return new Row(
                team,
                List.of(
                        HomeFigure.of("homepanel.backlog.open", queue.total(), link.apply(null)),
                        HomeFigure.warn(
                                "homepanel.backlog.due-today", queue.in(DueWindow.TODAY), link.apply(DueWindow.TODAY)),
                        HomeFigure.warn(
                                "homepanel.backlog.at-risk",
                                queue.in(DueWindow.AT_RISK),
                                link.apply(DueWindow.AT_RISK)),
                        HomeFigure.danger(
                                "homepanel.backlog.breached-today",
                                queue.in(DueWindow.BREACHED_TODAY),
                                link.apply(DueWindow.BREACHED_TODAY))));
    }
}
