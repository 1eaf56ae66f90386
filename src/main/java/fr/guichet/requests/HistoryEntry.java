package fr.guichet.requests;

import java.time.Instant;

/**
 * One line of a request's history, as the requests module hands it out.
 *
 * @param fromTeamId the team the request left (null: the front office), for hand-offs and transfers
 * @param toTeamId the team the request went to (null: the front office)
 * @param detail the note, reason, message excerpt or new value
 */
public record HistoryEntry(
        RequestEventKind kind,
        Long actorId,
        String actorName,
        Long fromTeamId,
        Long toTeamId,
        String detail,
        Instant at) {

    /** Whether a customer sees this line at all: status changes and the public conversation, nothing internal. */
    public boolean isShownToCustomer() {
        return kind.isShownToCustomer();
    }

    /** The line as a customer sees it: without staff ids nor the teams it went through. */
    HistoryEntry asCustomerSeesIt() {
        return new HistoryEntry(kind, null, actorName, null, null, detail, at);
    }
}
