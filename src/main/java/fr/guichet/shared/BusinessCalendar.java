package fr.guichet.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Business hours: the working {@code days} of the week (Monday to Friday unless said otherwise) from {@code opens} to
 * {@code closes} in one time zone, without French public holidays. Service-level due times are counted in this time.
 */
public record BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    /** Monday to Friday, 9:00 to 18:00, Paris time. */
    public static final BusinessCalendar PARIS_OFFICE =
            new BusinessCalendar(ZoneId.of("Europe/Paris"), LocalTime.of(9, 0), LocalTime.of(18, 0));

    public BusinessCalendar {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Business hours must open before they close: " + opens + "-" + closes);
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Business hours need at least one working day");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** Monday to Friday. */
    public BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes) {
        this(zone, opens, closes, MONDAY_TO_FRIDAY);
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !FrenchPublicHolidays.isHoliday(date);
    }

    /** The instant that lies {@code amount} of business time after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Negative business duration: " + amount);
        }
        ZonedDateTime cursor = nextOpenMoment(start.atZone(zone));
        Duration left = amount;
        while (true) {
            ZonedDateTime closing = cursor.toLocalDate().atTime(closes).atZone(zone);
            Duration today = Duration.between(cursor, closing);
            if (left.compareTo(today) <= 0) {
                return cursor.plus(left).toInstant();
            }
            left = left.minus(today);
            cursor = nextOpenMoment(closing);
        }
    }

    /** The business time that elapses between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = nextOpenMoment(from.atZone(zone));
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            ZonedDateTime closing = cursor.toLocalDate().atTime(closes).atZone(zone);
            ZonedDateTime stop = closing.isBefore(end) ? closing : end;
            total = total.plus(Duration.between(cursor, stop));
            cursor = nextOpenMoment(closing);
        }
        return total;
    }

    /** The moment itself when the office is open then, else the next opening. */
    private ZonedDateTime nextOpenMoment(ZonedDateTime moment) {
        ZonedDateTime cursor = moment;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime opening = day.atTime(opens).atZone(zone);
                ZonedDateTime closing = day.atTime(closes).atZone(zone);
                if (cursor.isBefore(opening)) {
                    return opening;
                }
                if (cursor.isBefore(closing)) {
                    return cursor;
                }
            }
            cursor = day.plusDays(1).atTime(opens).atZone(zone);
        }
    }
}
