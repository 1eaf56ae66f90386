package fr.guichet.reports.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report's values as the reader reads them, in their language: counts, shares ("42,5 %"), business durations
 * ("2 h 05 min"), ratios, scores ("4,2/5"), and the change from the previous period (relative for counts, in points
 * for shares, signed differences otherwise).
 */
@Component
class ReportFormats {

    /** What a value is, hence how it is written and how its change is. */
    enum Kind {
        COUNT,
        PERCENT,
        DURATION,
        RATIO,
        SCORE
    }

    private final MessageSource messages;

    ReportFormats(MessageSource messages) {
        this.messages = messages;
    }

    String format(Kind kind, @Nullable Double value) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case COUNT -> NumberFormat.getIntegerInstance(locale()).format(Math.round(value));
            case PERCENT -> message("reports.format.percent", decimal(value * 100, 1));
            case DURATION -> duration(Math.round(value));
            case RATIO -> decimal(value, 2);
            case SCORE -> message("reports.format.score", decimal(value, 1));
        };
    }

    /** The change from {@code before} to {@code now}, with its sign; null when either is missing. */
    @Nullable
    String change(Kind kind, @Nullable Double now, @Nullable Double before) {
        if (now == null || before == null) {
            return null;
        }
        double diff = now - before;
        String sign = diff > 0 ? "+" : diff < 0 ? "−" : "±";
        double size = Math.abs(diff);
        return switch (kind) {
            case COUNT ->
                before == 0
                        ? sign + NumberFormat.getIntegerInstance(locale()).format(Math.round(size))
                        : message("reports.format.relative", sign + decimal(size * 100 / before, 0));
            case PERCENT -> message("reports.format.points", sign + decimal(size * 100, 1));
            case DURATION -> sign + duration(Math.round(size));
            case RATIO -> sign + decimal(size, 2);
            case SCORE -> sign + decimal(size, 1);
        };
    }

    /** Business seconds as hours and minutes ("2 h 05 min", "45 min"). */
    String duration(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return message("reports.format.minutes", minutes);
        }
        return message("reports.format.hours", minutes / 60, String.format("%02d", minutes % 60));
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
