package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bank statement entry as kept: the bank's line, its state, and why it is in that state — the explanation of an
 * automatic match (a message key and its arguments), the account it was booked to, or the reason it was ignored; for
 * a SEPA direct debit coming back, the ISO reason code the bank gave.
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
        int version,
        @Nullable String returnReason) {

    /** The explanation of a SEPA return matched to its debit ({0} the invoice, {1} the reason code). */
    public static final String SEPA_RETURN = "billing.statements.match.sepa-return";

    /** A debit line that the bank says is a SEPA direct debit of ours coming back, with its reason code. */
    public boolean isSepaReturn() {
        return returnReason != null && endToEndId != null && !isCredit();
    }

    /** Matched to the debit it returns: the rejection is recorded on the debit and cannot be undone from here. */
    public boolean isRecordedSepaReturn() {
        return state == EntryState.MATCHED && SEPA_RETURN.equals(explanationKey);
    }

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
