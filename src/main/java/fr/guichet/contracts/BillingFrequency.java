package fr.guichet.contracts;

import java.time.LocalDate;

/**
 * How often a contract is invoiced. Periods follow the calendar: a month from its 1st, a quarter from 1 January,
 * April, July or October, a year from 1 January; a contract that starts or ends inside one is billed pro rata.
 */
public enum BillingFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    BillingFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the calendar period that contains {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        int month = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    /** The last day of the calendar period that contains {@code day}. */
    public LocalDate periodEnd(LocalDate day) {
        return periodStart(day).plusMonths(months).minusDays(1);
    }
}
