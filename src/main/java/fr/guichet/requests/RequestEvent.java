package fr.guichet.requests;

import java.time.Instant;

/**
 * Something happened to a request. Published when the request is saved; the history records every one, and other
 * modules (notifications, reporting) react to them.
 *
 * @param fromTeamId the team the request left (null: the front office), for hand-offs and transfers
 * @param toTeamId the team the request went to (null: the front office)
 * @param detail the note, reason, message excerpt or new value, as the history shows it
 * @param about the request as it is after this change, for listeners that tell people about it without reading it
 *     again
 */
public record RequestEvent(
        Long requestId,
        String reference,
        RequestEventKind kind,
        Long actorId,
        String actorName,
        Long fromTeamId,
        Long toTeamId,
        String detail,
        Instant at,
        About about) {

    /** What a listener needs to know of the request to tell its requester, its owner or its team. */
    public record About(
            String reference,
            String subject,
            Long requesterUserId,
            String requesterEmail,
            Long ownerId,
            Long teamId,
            Long assigneeId,
            boolean internal) {}
}
