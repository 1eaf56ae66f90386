package fr.guichet.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RequestFigureManagement} answers: the figures of a period's requests, read from facts each request
 * keeps (ADR 0025). Times are business seconds, waits for the customer excluded; a median or 90th percentile of no
 * request is null. Percentiles are the nearest rank (a value some request really has).
 */
public final class Figures {

    private Figures() {}

    /**
     * The period's requests in numbers.
     *
     * @param responded requests that had a first response; {@code respondedOnTime} before its due time
     * @param resolved requests resolved (or closed); {@code resolvedOnTime} before their due time (moved by the waits)
     * @param firstContact resolved at the first contact, without a hand-off
     * @param handoffs hand-offs, transfers and returns to the owner, added up
     * @param bounced requests handed off more than twice (the "baladé" index)
     * @param reopened requests the customer reopened at least once
     * @param ratings the number of ratings from 1 to 5 (index 0 is 1/5)
     */
    public record Summary(
            long volume,
            @Nullable Long firstResponseMedian,
            @Nullable Long firstResponseP90,
            @Nullable Long resolutionMedian,
            @Nullable Long resolutionP90,
            long responded,
            long respondedOnTime,
            long resolved,
            long resolvedOnTime,
            long firstContact,
            long handoffs,
            long bounced,
            long reopened,
            List<Long> ratings) {

        public long rated() {
            return ratings.stream().mapToLong(Long::longValue).sum();
        }

        /** The average rating, null without any. */
        public @Nullable Double ratingAverage() {
            long rated = rated();
            if (rated == 0) {
                return null;
            }
            long sum = 0;
            for (int score = 1; score <= 5; score++) {
                sum += score * ratings.get(score - 1);
            }
            return (double) sum / rated;
        }
    }

    /** The requests created on one day (in the company's time zone). */
    public record DayCount(LocalDate day, long count) {}

    /**
     * The requests open now, by age (since creation): under a day, 1–3 days, 3–7, 7–30, 30 days and more; those
     * past their resolution due time while their clock runs.
     */
    public record Backlog(long open, List<Long> byAge, long overdue) {}

    /** Moves of the period's requests from a team to another (null: the front office). */
    public record Transfer(
            @Nullable Long fromTeamId, @Nullable Long toTeamId, long count) {}

    /** The period's internal requests held by one team (null: the front office), and their service level. */
    public record InternalTeam(
            @Nullable Long teamId,
            long volume,
            long resolved,
            long resolvedOnTime,
            @Nullable Long resolutionMedian) {}

    /** A rating with its comment. */
    public record Comment(String reference, int score, String comment, Instant at) {}

    /** One request behind a figure. */
    public record Line(
            long id,
            String reference,
            String subject,
            RequestStatus status,
            Channel channel,
            Category category,
            Instant createdAt,
            int handoffCount,
            @Nullable Long firstResponseSeconds,
            @Nullable Long resolutionSeconds,
            @Nullable Integer rating) {}

    /** A page of the requests behind a figure: their count, the lines, and the id to continue after (null: the end). */
    public record LinePage(
            long total, List<Line> lines, @Nullable Long nextAfter) {}
}
