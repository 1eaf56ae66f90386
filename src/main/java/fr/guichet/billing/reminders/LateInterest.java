package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Late-payment interest ("pénalités de retard", Code de commerce art. L441-10), computed per day: from the day after the
 * due date to the day it is computed for, each day on what was still owed that day (a payment counts from its date) at
 * the yearly rate of that day's half-year divided by the days of that day's year; the exact sum rounded half up to the
 * cent once, at the end.
 *
 * <p>The yearly rate of a half-year is the invoice's contractual rate (frozen when it was validated) or, when it names
 * none (zero), the ECB's refinancing rate of the half-year plus {@value #DEFAULT_MARGIN_POINTS} points; never below
 * {@value #FLOOR_MULTIPLE} times the legal interest rate of the half-year.
 */
public final class LateInterest {

    public static final int DEFAULT_MARGIN_POINTS = 10;
    public static final int FLOOR_MULTIPLE = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private final ReferenceRates rates;

    public LateInterest(ReferenceRates rates) {
        this.rates = rates;
    }

    /** One stretch of days at one rate on one amount, as a letter may detail it. */
    public record Period(LocalDate from, LocalDate to, Money owed, BigDecimal yearlyRate) {

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** The interest, how many days it ran, and its periods. */
    public record Computed(Money interest, long days, List<Period> periods) {}

    /** The yearly rate, in percent, for the days of a half-year. */
    public BigDecimal yearlyRate(BigDecimal contractualRate, HalfYear half) {
        BigDecimal agreed = contractualRate.signum() > 0
                ? contractualRate
                : rates.ecbRate(half).add(BigDecimal.valueOf(DEFAULT_MARGIN_POINTS));
        BigDecimal floor = rates.legalRate(half).multiply(BigDecimal.valueOf(FLOOR_MULTIPLE));
        return agreed.max(floor);
    }

    /**
     * The interest on {@code due} (what the invoice asked) late since {@code dueDate}, less the {@code payments} from
     * their dates, up to and including {@code asOf}.
     */
    public Computed on(
            Money due, LocalDate dueDate, List<DatedAmount> payments, BigDecimal contractualRate, LocalDate asOf) {
        LocalDate first = dueDate.plusDays(1);
        if (asOf.isBefore(first)) {
            return new Computed(Money.zero(due.currency()), 0, List.of());
        }
        List<DatedAmount> byDate =
                payments.stream().sorted(Comparator.comparing(DatedAmount::on)).toList();
        BigDecimal exact = BigDecimal.ZERO;
        List<Period> periods = new ArrayList<>();
        LocalDate day = first;
        int next = 0;
        BigDecimal owed = due.amount();
        while (!day.isAfter(asOf)) {
            while (next < byDate.size() && !byDate.get(next).on().isAfter(day)) {
                owed = owed.subtract(byDate.get(next).amount().amount());
                next++;
            }
            HalfYear half = HalfYear.of(day);
            LocalDate end = half.lastDay();
            if (next < byDate.size() && byDate.get(next).on().isBefore(end.plusDays(1))) {
                end = byDate.get(next).on().minusDays(1);
            }
            if (end.isAfter(asOf)) {
                end = asOf;
            }
            if (owed.signum() > 0) {
                BigDecimal rate = yearlyRate(contractualRate, half);
                long days = ChronoUnit.DAYS.between(day, end) + 1;
                exact = exact.add(owed.multiply(rate)
                        .multiply(BigDecimal.valueOf(days))
                        .divide(HUNDRED.multiply(BigDecimal.valueOf(day.lengthOfYear())), EXACT_ENOUGH));
                periods.add(new Period(day, end, new Money(owed, due.currency()), rate));
            }
            day = end.plusDays(1);
        }
        long days = ChronoUnit.DAYS.between(first, asOf) + 1;
        return new Computed(new Money(exact.setScale(2, RoundingMode.HALF_UP), due.currency()), days, periods);
    }
}
