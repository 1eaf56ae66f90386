package fr.guichet.notifications;

import java.time.Instant;

/**
 * Something the application tells a staff member in the app, shown until read.
 *
 * @param kind what happened; the text is the message {@code alerts.kind.<kind>} with the reference and subject
 * @param link where to act on it, a path inside Guichet
 */
public record Alert(
        long id,
        long userId,
        String kind,
        String reference,
        String subject,
        String link,
        Instant createdAt,
        Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
