package fr.guichet.requests;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How old an open request is, since it was filed, in the buckets a team lead reads their backlog by: under a day, one
 * to three days, three to seven, over a week (calendar time, as the queue's "age" column shows it). The queue filters
 * on a bucket and the lead's panel counts each one, by the same bounds.
 */
public enum AgeBucket {
    UNDER_A_DAY(Duration.ZERO, Duration.ofDays(1)),
    ONE_TO_THREE_DAYS(Duration.ofDays(1), Duration.ofDays(3)),
    THREE_TO_SEVEN_DAYS(Duration.ofDays(3), Duration.ofDays(7)),
    OVER_A_WEEK(Duration.ofDays(7), null);

    private final Duration atLeast;
    private final @Nullable Duration under;

    AgeBucket(Duration atLeast, @Nullable Duration under) {
        this.atLeast = atLeast;
        this.under = under;
    }

    /** Filed at or before this instant (none for the youngest bucket: anything filed up to now). */
    public @Nullable Instant filedAtOrBefore(Instant now) {
        return atLeast.isZero() ? null : now.minus(atLeast);
    }

    /** Filed after this instant (none for the oldest bucket). */
    public @Nullable Instant filedAfter(Instant now) {
        return under == null ? null : now.minus(under);
    }

    /** The bucket of a request filed then. */
    public static AgeBucket of(Instant createdAt, Instant now) {
        for (AgeBucket bucket : values()) {
            Instant after = bucket.filedAfter(now);
            if (after == null || createdAt.isAfter(after)) {
                return bucket;
            }
        }
        return OVER_A_WEEK;
    }
}
