package fr.guichet.billing.reminders;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reminder run and how far it got: the overdue invoices it has to look at ({@code total}), looked at ({@code
 * counted}), reminded ({@code sent}), put aside or with nothing due today ({@code skipped}), failed (a mail or letter
 * that could not be made: tried again at the next run).
 */
public record ReminderRun(
        long id,
        Status status,
        LocalDate asOf,
        Instant startedAt,
        String startedBy,
        @Nullable Instant finishedAt,
        int total,
        int counted,
        int sent,
        int skipped,
        int failed) {

    /** WAITING for its thread, RUNNING, DONE, BUSY (another run held the lock: this one did nothing), FAILED. */
    public enum Status {
        WAITING,
        RUNNING,
        DONE,
        BUSY,
        FAILED;

        public boolean isOngoing() {
            return this == WAITING || this == RUNNING;
        }
    }

    public int percent() {
        if (total == 0) {
            return status.isOngoing() ? 0 : 100;
        }
        return Math.min(100, counted * 100 / total);
    }
}
