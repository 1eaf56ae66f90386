package fr.guichet.billing.sepa;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The dates of SEPA debits. An invoice is debited on its due date, or later when that leaves less notice than the
 * settings' days after the invoice is issued (14 by default: the rulebook's pre-notification). A collection date is a
 * TARGET2 business day (no weekend, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December).
 */
public final class DebitDates {

    private static final Set<MonthDay> CLOSED =
            Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private DebitDates() {}

    /** The day an invoice issued on {@code issued} and due on {@code due} is debited, with {@code noticeDays}. */
    public static LocalDate debitDate(LocalDate issued, LocalDate due, int noticeDays) {
        LocalDate earliest = issued.plusDays(noticeDays);
        return due.isBefore(earliest) ? earliest : due;
    }

    /** Whether banks settle SEPA debits on that day. */
    public static boolean isTargetDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (CLOSED.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = easter(day.getYear());
        return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1));
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
