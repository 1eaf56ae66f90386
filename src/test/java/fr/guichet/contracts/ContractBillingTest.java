package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalogue.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The periods recurring invoicing bills, their dates and their pro rata. */
class ContractBillingTest {

    private static final LocalDate MAR_12 = LocalDate.of(2026, 3, 12);

    private static ContractBilling billing(BillingFrequency frequency, BillingTiming timing) {
        return new ContractBilling(frequency, timing, false, null);
    }

    @Test
    void calendarPeriodsOfEachFrequency() {
        assertThat(BillingFrequency.MONTHLY.periodStart(MAR_12)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(BillingFrequency.MONTHLY.periodEnd(LocalDate.of(2028, 2, 3))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(BillingFrequency.QUARTERLY.periodStart(MAR_12)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(BillingFrequency.QUARTERLY.periodStart(LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(BillingFrequency.QUARTERLY.periodEnd(LocalDate.of(2026, 4, 1)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(BillingFrequency.YEARLY.periodEnd(MAR_12)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void monthlyInAdvanceStartedMidMonthBillsTheRestOfTheMonthProRataThenWholeMonths() {
        List<BillingPeriod> due = billing(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE)
                .periodsDue(MAR_12, null, null, LocalDate.of(2026, 5, 1), 100);

        assertThat(due)
                .extracting(BillingPeriod::from, BillingPeriod::to, BillingPeriod::issueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MAR_12, LocalDate.of(2026, 3, 31), MAR_12),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 1)));
        BillingPeriod march = due.get(0);
        assertThat(march.servedDays()).isEqualTo(20);
        assertThat(march.periodDays()).isEqualTo(31);
        assertThat(march.isProRata()).isTrue();
        assertThat(march.first()).isTrue();
        assertThat(due.get(1).isProRata()).isFalse();
        assertThat(due.get(1).first()).isFalse();
        // 100 € a month × 20 / 31 days = 64.516… → 64.52
        assertThat(march.unitPriceOf(new BigDecimal("100.00"), Recurrence.MONTHLY))
                .isEqualByComparingTo("64.52");
        assertThat(due.get(1).unitPriceOf(new BigDecimal("100.00"), Recurrence.MONTHLY))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void inArrearsAPeriodIsDueTheDayAfterItEnds() {
        ContractBilling arrears = billing(BillingFrequency.QUARTERLY, BillingTiming.IN_ARREARS);

        assertThat(arrears.periodsDue(MAR_12, null, null, LocalDate.of(2026, 3, 31), 100))
                .isEmpty();
        List<BillingPeriod> due = arrears.periodsDue(MAR_12, null, null, LocalDate.of(2026, 4, 1), 100);
        assertThat(due).singleElement().satisfies(q1 -> {
            assertThat(q1.from()).isEqualTo(MAR_12);
            assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(q1.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(q1.issueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
            // a monthly item of 30 € billed for the quarter: 3 months × 20 days / 90 days = 20 €
            assertThat(q1.unitPriceOf(new BigDecimal("30.00"), Recurrence.MONTHLY))
                    .isEqualByComparingTo("20.00");
        });
    }

    @Test
    void itStopsAtTheCancellationsEffectiveDateWithTheLastDaysProRata() {
        LocalDate effective = LocalDate.of(2026, 6, 15);
        List<BillingPeriod> due = billing(BillingFrequency.MONTHLY, BillingTiming.IN_ARREARS)
                .periodsDue(
                        LocalDate.of(2026, 1, 1), effective, LocalDate.of(2026, 4, 30), LocalDate.of(2027, 1, 1), 100);

        assertThat(due)
                .extracting(BillingPeriod::from, BillingPeriod::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 1), effective));
        assertThat(due.get(1).issueOn()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(due.get(1).isProRata()).isTrue();
        // 15 of June's 30 days of 90 €
        assertThat(due.get(1).unitPriceOf(new BigDecimal("90.00"), Recurrence.MONTHLY))
                .isEqualByComparingTo("45.00");
    }

    @Test
    void nothingIsDueOnceTheLastDayIsInvoiced() {
        LocalDate end = LocalDate.of(2026, 6, 15);
        assertThat(billing(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE)
                        .periodsDue(LocalDate.of(2026, 1, 1), end, end, LocalDate.of(2030, 1, 1), 100))
                .isEmpty();
    }

    @Test
    void aJobStoppedForDaysCatchesUpEveryPeriodItMissedOldestFirstAndBoundedPerRun() {
        ContractBilling monthly = billing(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE);
        LocalDate start = LocalDate.of(2026, 1, 1);

        List<BillingPeriod> due =
                monthly.periodsDue(start, null, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 10), 100);
        assertThat(due)
                .extracting(BillingPeriod::from)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        assertThat(monthly.periodsDue(start, null, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 10), 2))
                .hasSize(2);
    }

    @Test
    void aFirstDayAfterTheStartSkipsWhatWasInvoicedElsewhereAndIsNotTheFirstPeriod() {
        ContractBilling fromJuly =
                new ContractBilling(BillingFrequency.YEARLY, BillingTiming.IN_ADVANCE, true, LocalDate.of(2026, 7, 1));

        List<BillingPeriod> due =
                fromJuly.periodsDue(LocalDate.of(2025, 1, 1), null, null, LocalDate.of(2026, 7, 1), 100);
        assertThat(due).singleElement().satisfies(half -> {
            assertThat(half.from()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(half.to()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(half.first()).isFalse();
            // 1,200 € a year for 184 of 365 days: 604.93
            assertThat(half.unitPriceOf(new BigDecimal("1200.00"), Recurrence.YEARLY))
                    .isEqualByComparingTo("604.93");
            // a monthly item of 10 € billed yearly: 12 × 10 × 184 / 365 = 60.49
            assertThat(half.unitPriceOf(new BigDecimal("10.00"), Recurrence.MONTHLY))
                    .isEqualByComparingTo("60.49");
            // a one-off item costs its price
            assertThat(half.unitPriceOf(new BigDecimal("250.00"), Recurrence.ONE_OFF))
                    .isEqualByComparingTo("250.00");
        });
    }

    @Test
    void aYearlyItemBilledMonthlyCostsATwelfth() {
        BillingPeriod january = billing(BillingFrequency.MONTHLY, BillingTiming.IN_ADVANCE)
                .periodsDue(LocalDate.of(2026, 1, 1), null, null, LocalDate.of(2026, 1, 1), 1)
                .get(0);
        assertThat(january.unitPriceOf(new BigDecimal("1200.00"), Recurrence.YEARLY))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void aContractNotInvoicedHereHasNoPeriods() {
        assertThat(ContractBilling.NONE.invoiced()).isFalse();
        assertThat(ContractBilling.NONE.periodsDue(MAR_12, null, null, LocalDate.of(2030, 1, 1), 100))
                .isEmpty();
    }

    @Test
    void aTimingIsRequired() {
        assertThatThrownBy(() -> new ContractBilling(BillingFrequency.MONTHLY, null, false, null))
                .isInstanceOf(ContractRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "billingTiming");
    }
}
