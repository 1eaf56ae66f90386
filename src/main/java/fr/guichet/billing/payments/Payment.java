package fr.guichet.billing.payments;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A payment as kept, with what of it is allocated to invoices and what is left: the customer's credit. */
public record Payment(
        long id,
        long organisationId,
        LocalDate receivedOn,
        Money amount,
        PaymentMethod method,
        @Nullable String reference,
        @Nullable String payerName,
        @Nullable String payerIban,
        @Nullable Long statementEntryId,
        @Nullable String notes,
        String recordedBy,
        Instant recordedAt,
        Money allocated) {

    /** What is not allocated: credit left to the customer (a refund not allocated takes credit back: negative). */
    public Money unallocated() {
        return amount.minus(allocated);
    }

    public boolean isRefund() {
        return amount.isNegative();
    }
}
