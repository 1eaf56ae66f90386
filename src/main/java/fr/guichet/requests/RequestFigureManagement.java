package fr.guichet.requests;

import fr.guichet.requests.internal.DrillQueries;
import fr.guichet.requests.internal.FigureQueries;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests' figures for the reports (ADR 0025): read with queries on indexes from the facts every request keeps in
 * the transaction of its changes, so that they are right whichever page, API call, job or instance made the change.
 * Who may read which figures is the reports module's rule; this service answers for the filter it is given.
 */
@Service
@Transactional(readOnly = true)
public class RequestFigureManagement {

    /** The most requests a drill-down page lists. */
    public static final int PAGE = 50;

    private final FigureQueries queries;
    private final DrillQueries drills;
    private final BusinessHours hours;
    private final Clock clock;

    RequestFigureManagement(FigureQueries queries, DrillQueries drills, BusinessHours hours, Clock clock) {
        this.queries = queries;
        this.drills = drills;
        this.hours = hours;
        this.clock = clock;
    }

    public Figures.Summary summary(FigureFilter filter) {
        return queries.summary(filter);
    }

    /** The requests created per day, the day in the business hours' time zone. */
    public List<Figures.DayCount> perDay(FigureFilter filter) {
        return queries.perDay(filter, zone());
    }

    /** The requests open now (the filter's period does not apply). */
    public Figures.Backlog backlog(FigureFilter filter) {
        return queries.backlog(filter, clock.instant());
    }

    public List<Figures.Transfer> transfers(FigureFilter filter) {
        return queries.transfers(filter);
    }

    public List<Figures.InternalTeam> internalByTeam(FigureFilter filter) {
        return queries.internalByTeam(filter);
    }

    public List<Figures.Comment> latestComments(FigureFilter filter, int limit) {
        return queries.comments(filter, limit);
    }

    /** The requests behind a figure, newest first, {@link #PAGE} at a time after the id {@code after}. */
    public Figures.LinePage lines(
            FigureFilter filter,
            Drill drill,
            @Nullable Integer score,
            @Nullable Long fromTeam,
            @Nullable Long toTeam,
            @Nullable Long after) {
        return drills.lines(filter, drill, score, fromTeam, toTeam, clock.instant(), after, PAGE);
    }

    /** The time zone of the business hours: days and weeks of the reports are counted in it. */
    public ZoneId zone() {
        return hours.calendar().zone();
    }
}
