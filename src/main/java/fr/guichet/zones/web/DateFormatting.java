package fr.guichet.zones.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates as pages show them: in Paris time and the reader's language ({@code ${@dates.dateTime(instant)}}). */
@Component("dates")
public class DateFormatting {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(PARIS)
                .format(instant);
    }
}
