package fr.guichet.counter;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's ticket as the pages show it. Its changes are made by {@link CounterManagement} with conditional updates
 * (the state it must be in is part of the update), so that two agents on two instances never both call it.
 */
public record Ticket(
        long id,
        String label,
        long reasonId,
        TicketStatus status,
        TicketSource source,
        @Nullable String visitorName,
        @Nullable String customerNumber,
        @Nullable Long organisationId,
        Instant takenAt,
        @Nullable Instant calledAt,
        int callCount,
        @Nullable Long deskId,
        @Nullable String deskName,
        @Nullable Long agentId,
        @Nullable Instant servingAt,
        @Nullable Instant doneAt,
        @Nullable String requestReference) {

    /** How long the visitor has waited (until called, or until now). */
    public Duration waited(Instant now) {
        Instant end = calledAt != null ? calledAt : now;
        return Duration.between(takenAt, end.isBefore(takenAt) ? takenAt : end);
    }

    /** Minutes waited, for the pages. */
    public long waitedMinutes(Instant now) {
        return waited(now).toMinutes();
    }

    /** Who the visitor is, as far as known: the name given, the customer number, or nothing. */
    public @Nullable String visitor() {
        if (visitorName != null) {
            return visitorName;
        }
        return customerNumber;
    }
}
