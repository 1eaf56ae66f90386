package fr.guichet.contracts;

import fr.guichet.catalogue.Recurrence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One period a contract's invoice bills: the days served, {@code from} to {@code to}, inside the calendar period
 * {@code periodStart} to {@code periodEnd} of the contract's frequency. Fewer days than the calendar period (a contract
 * started, or ended by its cancellation, inside it) are billed pro rata of the days. {@code issueOn} is the day it is
 * invoiced; {@code first} says it is the contract's first period, which also bills its one-off lines.
 */
public record BillingPeriod(
        LocalDate from,
        LocalDate to,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate issueOn,
        BillingFrequency frequency,
        boolean first) {

    public BillingPeriod {
        if (from.isBefore(periodStart) || to.isAfter(periodEnd) || to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "Days served " + from + ".." + to + " outside " + periodStart + ".." + periodEnd);
        }
    }

    /** The days billed. */
    public long servedDays() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The days of the whole calendar period. */
    public long periodDays() {
        return ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
    }

    /** Fewer days than the whole period: billed pro rata. */
    public boolean isProRata() {
        return servedDays() < periodDays();
    }

    /**
     * The unit price excluding VAT for this period of a line priced per {@code recurrence}: its price × the months of
     * this period / the months of the line's recurrence (a yearly item billed monthly costs a twelfth), × the days
     * served / the days of the period, rounded half up to the cent at the end only. A one-off line costs its price.
     */
    public BigDecimal unitPriceOf(BigDecimal unitPrice, Recurrence recurrence) {
        if (!recurrence.isRecurring()) {
            return unitPrice.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal numerator = unitPrice.multiply(BigDecimal.valueOf((long) frequency.months() * servedDays()));
        BigDecimal denominator = BigDecimal.valueOf((long) recurrence.months() * periodDays());
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
