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
        @Nullable String counterpartyIban) {

    public boolean isCredit() {
        return amount.amount().signum() > 0;
    }
}
