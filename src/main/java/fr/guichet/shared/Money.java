package fr.guichet.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money in one currency, in cents (two decimals), never a floating-point number. Amounts typed with more
 * decimals are refused rather than rounded; results of arithmetic (a quantity, a discount, VAT) are rounded half up
 * to the cent, as French invoices round each line.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency EUR = Currency.getInstance("EUR");

    /** Far beyond any amount Guichet keeps (NUMERIC(14, 2) holds 12 integer digits). */
    private static final int MAX_INTEGER_DIGITS = 18;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            // Checked before any arithmetic, in long: 1E+999999 would take seconds to scale, 1E+2147483647 overflow
            throw new IllegalArgumentException("More than " + MAX_INTEGER_DIGITS + " integer digits");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("More than two decimals: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Reads an amount as people type it in France or elsewhere: "1 234,50", "1234.5", "12 €". Refuses (empty) text
     * that is not an amount, a negative amount or more than two decimals.
     */
    public static Optional<Money> parse(String text, Currency currency) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip()
                .replace("€", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(" ", "")
                .replace(',', '.');
        if (!cleaned.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new Money(new BigDecimal(cleaned), currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a quantity (or a rate), rounded half up to the cent. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, RoundingMode.HALF_UP), currency);
    }

    /** The same amount, the other way: what is owed back, a refund. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** "1 234,50 €" in French, "€1,234.50" in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    /** The amount as typed in a form: "1234.50" becomes "1234,50" in French. */
    public String plain(Locale locale) {
        String plain = amount.toPlainString();
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Different currencies: " + currency + " and " + other.currency);
        }
    }
}
