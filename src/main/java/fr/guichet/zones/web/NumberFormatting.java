package fr.guichet.zones.web;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as pages show them, in the reader's language ({@code ${@figures.quantity(line.quantity)}},
 * {@code ${@figures.size(bytes)}}): a quantity without trailing zeros ("6", "1,5" — "1.5" in English), a file size in
 * the largest unit that keeps it readable ("512 octets", "12 Ko", "1,2 Mo"; "512 bytes", "12 KB", "1.2 MB"), with the
 * unit words from the message files. A small file is never "0 Ko".
 */
@Component("figures")
public class NumberFormatting {

    private static final long KILO = 1024;
    private static final long MEGA = KILO * 1024;
    private static final long GIGA = MEGA * 1024;

    private final MessageSource messages;

    public NumberFormatting(MessageSource messages) {
        this.messages = messages;
    }

    /** A quantity or a percentage: "6", "2,5", "1 250" (no "6.00"). */
    public String quantity(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal plain = value.stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(plain.scale(), 0));
        format.setMinimumFractionDigits(0);
        return format.format(plain);
    }

    /** An amount in euros: "1 234,50 €" in French, "€1,234.50" in English. */
    public String euros(BigDecimal amount) {
        return amount == null ? "—" : new Money(amount, Money.EUR).format(locale());
    }

    /** A whole number in the reader's language: "1 250" / "1,250". */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A file size: bytes below 1 KB, then KB, MB, GB with one decimal below 10 ("1,2 Mo", "12 Ko"). */
    public String size(long bytes) {
        Locale locale = locale();
        if (bytes < KILO) {
            return messages.getMessage("format.size.bytes", new Object[] {count(bytes)}, locale);
        }
        String unit;
        long base;
        if (bytes < MEGA) {
            unit = "format.size.kb";
            base = KILO;
        } else if (bytes < GIGA) {
            unit = "format.size.mb";
            base = MEGA;
        } else {
            unit = "format.size.gb";
            base = GIGA;
        }
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        if (value.compareTo(BigDecimal.TEN) >= 0) {
            value = value.setScale(0, RoundingMode.HALF_UP);
        }
        return messages.getMessage(unit, new Object[] {quantity(value)}, locale);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
