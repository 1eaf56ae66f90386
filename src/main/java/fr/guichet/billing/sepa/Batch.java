package fr.guichet.billing.sepa;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A batch of debits sent to the bank as one pain.008 file: its message id, collection date, count and total, who made
 * it and when; ready (to send, debits pending), collected (the payments recorded on the collection date), or
 * cancelled before it (the file not sent, or refused by the bank).
 */
public record Batch(
        long id,
        String messageId,
        LocalDate collectionDate,
        Status status,
        int debitCount,
        Money total,
        Instant createdAt,
        String createdBy,
        @Nullable Instant closedAt,
        @Nullable String closedBy) {

    public enum Status {
        READY,
        COLLECTED,
        CANCELLED
    }

    /** The file's name: "prelevements-2026-12-15-<message id>.xml". */
    public String filename() {
        return "pain008-" + collectionDate + "-" + messageId + ".xml";
    }
}
