package fr.guichet.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimal numbers as people type them ("1 234,5", "12.25"), read within bounds: a length, a number of integer and
 * of decimal digits, no exponent. "1e999999" or a thousand digits are refused at once, never turned into a number
 * whose arithmetic would take seconds.
 */
public final class Decimals {

    private static final int MAX_TYPED = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f]");

    private Decimals() {}

    /** The number typed, if it has at most {@code integerDigits} digits before the separator and {@code fractionDigits} after. */
    public static Optional<BigDecimal> parse(String typed, int integerDigits, int fractionDigits) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String cleaned = SEPARATORS.matcher(typed.strip()).replaceAll("").replace(',', '.');
        String pattern =
                "\\d{1," + integerDigits + "}" + (fractionDigits > 0 ? "(\\.\\d{1," + fractionDigits + "})?" : "");
        return cleaned.matches(pattern) ? Optional.of(new BigDecimal(cleaned)) : Optional.empty();
    }

    /** Whether a number (from JSON, say) has at most so many integer and decimal digits, checked without arithmetic. */
    public static boolean fits(BigDecimal number, int integerDigits, int fractionDigits) {
        int scale = number.scale();
        long integer = (long) number.precision() - scale; // long: 1E+2147483647 would overflow an int
        return integer <= integerDigits && Math.max(scale, 0) <= fractionDigits;
    }
}
