package fr.guichet.requests;

import java.time.Instant;

/**
 * Something happened to a request. Published when the request is saved; the history records every one, and other
 * modules (notifications, reporting) react to them.
 *
 * @param fromTeamId the team the request left (null: the front office), for hand-offs and transfers
 * @param toTeamId the team the request went to (null: the front office)
 * @param detail the note, reason, message excerpt or new value, as the history shows it
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
        Instant at) {}
