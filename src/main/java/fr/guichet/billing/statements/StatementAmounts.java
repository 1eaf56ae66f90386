package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.math.BigDecimal;

/** Amounts read from statements: two decimals at most (a third is refused, never rounded), in euros. */
final class StatementAmounts {

    private StatementAmounts() {}

    /** @param where the line or entry, as the refusal names it */
    static Money euros(BigDecimal amount, String where) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new StatementRefused("billing.statements.error.three-decimals", amount.toPlainString(), where);
        }
        if (amount.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw new StatementRefused("billing.statements.error.amount-too-large", amount.toPlainString(), where);
        }
        return new Money(amount, Money.EUR);
    }

    static void requireEuros(String currency, String where) {
        if (!currency.isBlank() && !currency.strip().equals("EUR")) {
            throw new StatementRefused("billing.statements.error.currency", currency.strip(), where);
        }
    }
}
