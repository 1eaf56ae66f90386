package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bank statement entry as kept: the bank's line, its state, and why it is in that state — the explanation of an
 * automatic match (a message key and its arguments), the account it was booked to, or the reason it was ignored.
 */
public record StatementEntry(
        long id,
        long bankAccountId,
        long importId,
        LocalDate bookingDate,
        @Nullable LocalDate valueDate,
        Money amount,
        String label,
        @Nullable String bankReference,
        @Nullable String endToEndId,
        @Nullable String remittance,
        @Nullable String counterpartyName,
        @Nullable String counterpartyIban,
        EntryState state,
        @Nullable String explanationKey,
        List<String> explanationArgs,
        @Nullable String bookedAs,
        @Nullable String bookedLabel,
        @Nullable String ignoreReason,
        @Nullable String handledBy,
        @Nullable Long paymentId,
        int version) {

    public boolean isCredit() {
        return amount.amount().signum() > 0;
    }

    /** The explanation's arguments, for a message. */
    public Object[] explanationArguments() {
        return explanationArgs.toArray();
    }

    /** What the payer wrote, or the label when the bank gives nothing else. */
    public String whatThePayerWrote() {
        return remittance != null ? remittance : label;
    }
}
