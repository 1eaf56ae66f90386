package fr.guichet.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A report's period: whole days {@code [start, end)} in the company's time zone, of a kind (a day, a week from Monday,
 * a month, a quarter, or custom days). The previous period is the one of the same kind just before (a custom period:
 * as many days just before), which every figure is compared with.
 */
public record ReportPeriod(Unit unit, LocalDate start, LocalDate end) {

    /** The most days a custom period spans (two years). */
    public static final int MAX_DAYS = 731;

    public enum Unit {
        DAY,
        WEEK,
        MONTH,
        QUARTER,
        CUSTOM
    }

    public ReportPeriod {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    /** The period of that kind that contains {@code day}. */
    public static ReportPeriod containing(Unit unit, LocalDate day) {
        return switch (unit) {
            case DAY, CUSTOM -> new ReportPeriod(Unit.DAY, day, day.plusDays(1));
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(unit, monday, monday.plusWeeks(1));
            }
            case MONTH ->
                new ReportPeriod(
                        unit, day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new ReportPeriod(unit, first, first.plusMonths(3));
            }
        };
    }

    /** Custom days from {@code first} to {@code last} included (in either order), at most {@link #MAX_DAYS}. */
    public static ReportPeriod custom(LocalDate first, LocalDate last) {
        LocalDate from = first.isAfter(last) ? last : first;
        LocalDate to = first.isAfter(last) ? first : last;
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            from = to.minusDays(MAX_DAYS - 1);
        }
        return new ReportPeriod(Unit.CUSTOM, from, to.plusDays(1));
    }

    public ReportPeriod previous() {
        return switch (unit) {
            case DAY -> new ReportPeriod(unit, start.minusDays(1), start);
            case WEEK -> new ReportPeriod(unit, start.minusWeeks(1), start);
            case MONTH -> new ReportPeriod(unit, start.minusMonths(1), start);
            case QUARTER -> new ReportPeriod(unit, start.minusMonths(3), start);
            case CUSTOM -> new ReportPeriod(unit, start.minusDays(days()), start);
        };
    }

    /**
     * The period this one is compared with, knowing that today is {@code today}: the previous one, or, while this one
     * is still running, as many of its first days as this one has had so far (November to the 28th is compared with
     * October to the 28th, not with the whole of October).
     */
    public ReportPeriod comparedWith(LocalDate today) {
        ReportPeriod before = previous();
        if (today.isBefore(start) || !today.isBefore(end)) {
            return before;
        }
        LocalDate sameSpan = before.start.plusDays(ChronoUnit.DAYS.between(start, today) + 1);
        return sameSpan.isBefore(before.end) ? new ReportPeriod(unit, before.start, sameSpan) : before;
    }

    public ReportPeriod next() {
        return switch (unit) {
            case DAY -> new ReportPeriod(unit, end, end.plusDays(1));
            case WEEK -> new ReportPeriod(unit, end, end.plusWeeks(1));
            case MONTH -> new ReportPeriod(unit, end, end.plusMonths(1));
            case QUARTER -> new ReportPeriod(unit, end, end.plusMonths(3));
            case CUSTOM -> new ReportPeriod(unit, end, end.plusDays(days()));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** The last day of the period, included. */
    public LocalDate last() {
        return end.minusDays(1);
    }

    public Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }
}
