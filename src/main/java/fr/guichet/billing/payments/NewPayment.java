package fr.guichet.billing.payments;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Money received from a customer (amount above zero), or refunded to them (below zero), on a date, by a method; the
 * reference the payer gave, their name and IBAN when known, the bank statement line it came from, a note.
 */
public record NewPayment(
        long organisationId,
        LocalDate receivedOn,
        Money amount,
        PaymentMethod method,
        @Nullable String reference,
        @Nullable String payerName,
        @Nullable String payerIban,
        @Nullable Long statementEntryId,
        @Nullable String notes) {

    /** A payment of this customer with nothing but its date, amount and method. */
    public static NewPayment of(long organisationId, LocalDate receivedOn, Money amount, PaymentMethod method) {
        return new NewPayment(organisationId, receivedOn, amount, method, null, null, null, null, null);
    }
}
