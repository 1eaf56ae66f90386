package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.math.BigDecimal;

/** Amounts read from statements: two decimals at most (a third is refused, never rounded), in euros. */
final class StatementAmounts {

    private StatementAmounts() {}

    /** @param where the line or entry, as the refusal names it */
    static Money euros(BigDecimal amount, String where) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new StatementRefused("billing.statements.error.three-decimals", shown(amount), where);
        }
        if (amount.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw new StatementRefused("billing.statements.error.amount-too-large", shown(amount), where);
        }
        return new Money(amount, Money.EUR);
    }

    /**
     * The amount as a refusal quotes it: written out in full when short, else as the file wrote it in exponent form
     * ({@code 1E+999999999} written out in full would be a billion digits: the heap of the whole application).
     */
    static String shown(BigDecimal amount) {
        return amount.precision() - amount.scale() > 20 || amount.scale() > 20
                ? amount.toString()
                : amount.toPlainString();
    }

    static void requireEuros(String currency, String where) {
        if (!currency.isBlank() && !currency.strip().equals("EUR")) {
            throw new StatementRefused("billing.statements.error.currency", currency.strip(), where);
        }
    }
}
