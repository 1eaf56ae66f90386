package fr.guichet.counter;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counter's figures for the reports: visits, waiting and service times, per reason and per hour of the day, over a
 * period. Implemented by the counter module; read by the reports.
 */
public interface CounterFigures {

    /**
     * The visits whose ticket was taken in {@code [from, to)}, at one site or all ({@code siteId} null), grouped by
     * reason and by hour of the day (in the company's time zone). Times are in seconds; a percentile of no visit is
     * null.
     */
    List<CounterVisits> visits(Instant from, Instant to, @Nullable Long siteId);

    /** The tickets behind a figure, for a drill-down: those of one reason (or all), newest first, at most limit. */
    List<CounterTicketLine> tickets(
            Instant from, Instant to, @Nullable Long siteId, @Nullable String reasonCode, int limit);

    /**
     * One group of visits: {@code hour} 0–23 in the company's time zone; {@code served} visits served,
     * {@code noShow} called but absent, {@code waiting} still waiting.
     */
    record CounterVisits(
            String reasonCode,
            String reasonLabel,
            int hour,
            long tickets,
            long served,
            long noShow,
            @Nullable Long medianWaitSeconds,
            @Nullable Long p90WaitSeconds,
            @Nullable Long medianServiceSeconds,
            @Nullable Long p90ServiceSeconds) {}

    /** One ticket behind a figure: its number, times, and the request it became (when served and recorded). */
    record CounterTicketLine(
            String number,
            String reasonLabel,
            Instant takenAt,
            @Nullable Instant calledAt,
            @Nullable Instant doneAt,
            @Nullable String requestReference) {}
}
