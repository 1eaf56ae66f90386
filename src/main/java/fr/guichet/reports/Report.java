package fr.guichet.reports;

import fr.guichet.counter.CounterFigures;
import fr.guichet.requests.Figures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report: the period's figures and the previous period's, the trend, the backlog now, the moves between teams, the
 * internal requests, the latest comments, the counter's visits ({@code null} when no counter module answers; left out,
 * and {@code counterFollowsFilters} false, under filters the counter's visits cannot follow).
 *
 * @param trend the period's requests per day, or per week (from Monday) beyond two months; every slot, zeros included
 * @param weekly whether the trend's slots are weeks
 */
public record Report(
        ReportQuery query,
        ReportPeriod previousPeriod,
        Figures.Summary current,
        Figures.Summary previous,
        List<Figures.DayCount> trend,
        boolean weekly,
        Figures.Backlog backlog,
        List<Figures.Transfer> transfers,
        List<Figures.InternalTeam> internal,
        List<Figures.Comment> comments,
        @Nullable List<CounterFigures.CounterVisits> counter,
        boolean counterFollowsFilters,
        Map<Long, String> teamNames) {

    /** The first day of each slot of the trend. */
    public List<LocalDate> slots() {
        return trend.stream().map(Figures.DayCount::day).toList();
    }
}
