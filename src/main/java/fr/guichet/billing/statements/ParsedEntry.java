package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a bank statement as the bank wrote it: a credit is positive, a debit negative.
 *
 * @param bankReference the bank's own reference of the line (camt.053 AcctSvcrRef, CFONB reference), when it gives one
 * @param endToEndId the payer's end-to-end identification (SEPA), when known
 * @param remittance what the payer wrote for the payee (unstructured or structured reference)
 * @param returnReason when the line is a SEPA direct debit of ours coming back (a reject or a return, debited from the
 *     account), the ISO 20022 reason code the bank gave ({@code MS03}, "reason not specified", when it gave none); its
 *     end-to-end id is then the debit's
 */
public record ParsedEntry(
        LocalDate bookingDate,
        @Nullable LocalDate valueDate,
        Money amount,
        String label,
        @Nullable String bankReference,
        @Nullable String endToEndId,
        @Nullable String remittance,
        @Nullable String counterpartyName,
        @Nullable String counterpartyIban,
        @Nullable String returnReason) {

    /** A line that is no SEPA return. */
    public ParsedEntry(
            LocalDate bookingDate,
            @Nullable LocalDate valueDate,
            Money amount,
            String label,
            @Nullable String bankReference,
            @Nullable String endToEndId,
            @Nullable String remittance,
            @Nullable String counterpartyName,
            @Nullable String counterpartyIban) {
        this(
                bookingDate,
                valueDate,
                amount,
                label,
                bankReference,
                endToEndId,
                remittance,
                counterpartyName,
                counterpartyIban,
                null);
    }

    /** A SEPA direct debit coming back: a debit line with its reason code and the debit's end-to-end id. */
    public boolean isSepaReturn() {
        return returnReason != null && endToEndId != null && !isCredit();
    }

    public boolean isCredit() {
        return amount.amount().signum() > 0;
    }
}
