package fr.guichet.notifications;

import java.time.Instant;

/** An email as the outbox keeps it. */
public record OutgoingMail(
        long id,
        String recipient,
        String subject,
        String body,
        String language,
        String reference,
        String messageId,
        Status status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant nextAttemptAt) {

    public enum Status {
        /** Written, not yet handed to the SMTP server (or its last attempt failed). */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** No SMTP server is configured: kept in the outbox for the administrators to read. */
        KEPT,
        /** Every attempt failed: given up, the last error says why. */
        FAILED
    }
}
