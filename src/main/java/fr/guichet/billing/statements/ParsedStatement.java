package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bank statement read from any of the formats Guichet takes (camt.053, CFONB 120, CSV): the account when the format
 * names it, the period, the opening and closing balances when given, and the entries in the bank's order.
 */
public record ParsedStatement(
        StatementFormat format,
        @Nullable AccountIdentity account,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Money openingBalance,
        @Nullable Money closingBalance,
        List<ParsedEntry> entries) {

    public ParsedStatement {
        entries = List.copyOf(entries);
    }
}
