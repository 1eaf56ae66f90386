package fr.guichet.zones.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as pages show them: in Paris time and the reader's language ({@code ${@dates.dateTime(instant)}},
 * {@code ${@dates.date(localDate)}}, {@code ${@dates.age(since, now)}}). The patterns come from the message files
 * ({@code format.date}, {@code format.dateTime}): French "28/11/2026 14:05", English "28 Nov 2026, 14:05" — never
 * the US short form.
 */
@Component("dates")
public class DateFormatting {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MessageSource messages;

    public DateFormatting(MessageSource messages) {
        this.messages = messages;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return formatter("format.dateTime").withZone(PARIS).format(instant);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "—";
        }
        return formatter("format.date").format(date);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return formatter("format.date").withZone(PARIS).format(instant);
    }

    /** How long ago, in the largest whole unit: "12 min", "3 h", "2 j" ("2 d" in English). */
    public String age(Instant since, Instant now) {
        if (since == null || now == null) {
            return "—";
        }
        Duration age = Duration.between(since, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (age.toHours() < 1) {
            return messages.getMessage("format.age.minutes", new Object[] {age.toMinutes()}, locale);
        }
        if (age.toDays() < 1) {
            return messages.getMessage("format.age.hours", new Object[] {age.toHours()}, locale);
        }
        return messages.getMessage("format.age.days", new Object[] {age.toDays()}, locale);
    }

    private DateTimeFormatter formatter(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }
}
