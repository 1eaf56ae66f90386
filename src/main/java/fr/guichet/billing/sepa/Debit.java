package fr.guichet.billing.sepa;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice debited in a batch: the invoice (its number is the end-to-end id), the customer, the mandate and the
 * sequence type sent, the amount; pending until its collection date, then collected (the payment it recorded) or
 * rejected (the reason code, when, by whom), or cancelled with its batch.
 */
public record Debit(
        long id,
        long batchId,
        long invoiceId,
        String invoiceNumber,
        long organisationId,
        long mandateId,
        SequenceType sequence,
        Money amount,
        Status status,
        @Nullable Long paymentId,
        @Nullable String reasonCode,
        @Nullable LocalDate rejectedOn,
        @Nullable String rejectedBy) {

    public enum Status {
        PENDING,
        COLLECTED,
        REJECTED,
        CANCELLED
    }

    /** Pending or collected: the invoice is (to be) paid by this debit. */
    public boolean isLive() {
        return status == Status.PENDING || status == Status.COLLECTED;
    }
}
