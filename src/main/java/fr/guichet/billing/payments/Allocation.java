package fr.guichet.billing.payments;

import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A part of a payment allocated to an invoice, from the day the invoice counts it as paid ({@code allocatedOn}); an
 * undone one is kept, with who undid it, when and why.
 */
public record Allocation(
        long id,
        long paymentId,
        long invoiceId,
        @Nullable String invoiceNumber,
        Money amount,
        LocalDate allocatedOn,
        Instant allocatedAt,
        String allocatedBy,
        PaymentMethod method,
        @Nullable String reference,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy,
        @Nullable String undoReason) {

    public boolean isActive() {
        return undoneAt == null;
    }
}
