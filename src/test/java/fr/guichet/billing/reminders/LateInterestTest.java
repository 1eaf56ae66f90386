package fr.guichet.billing.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Late-payment interest per day and the fixed recovery indemnity, without Spring. */
class LateInterestTest {

    /** The published rates of 2025 (ECB refinancing rate; legal interest rate, creditors other than individuals). */
    static final ReferenceRates RATES_2025 = new ReferenceRates(
            Map.of(
                    new HalfYear(2025, 1), new BigDecimal("3.15"),
                    new HalfYear(2025, 2), new BigDecimal("2.15")),
            Map.of(
                    new HalfYear(2025, 1), new BigDecimal("3.71"),
                    new HalfYear(2025, 2), new BigDecimal("2.76")));

    private final LateInterest interest = new LateInterest(RATES_2025);

    @Test
    void eachDayRunsAtTheRateOfItsHalfYearAcrossAChange() {
        // no contractual rate: ECB + 10 points, 13.15 % to 30 June, 12.15 % from 1 July
        LateInterest.Computed computed = interest.on(
                Money.euros("1000.00"),
                LocalDate.of(2025, 6, 20),
                List.of(),
                BigDecimal.ZERO,
                LocalDate.of(2025, 7, 10));

        // 1000 × 13.15 % × 10 / 365 + 1000 × 12.15 % × 10 / 365 = 3.60274 + 3.32877
        assertThat(computed.interest()).isEqualTo(Money.euros("6.93"));
        assertThat(computed.days()).isEqualTo(20);
        assertThat(computed.periods())
                .extracting(LateInterest.Period::yearlyRate)
                .containsExactly(new BigDecimal("13.15"), new BigDecimal("12.15"));
        assertThat(computed.periods().get(0).to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(computed.periods().get(1).from()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void theRateIsNeverBelowThreeTimesTheLegalRate() {
        // 5 % agreed, but the floor of 2025-S1 is 3 × 3.71 = 11.13 %: 1000 × 11.13 % × 29 / 365 = 8.843
        assertThat(interest.on(
                                Money.euros("1000.00"),
                                LocalDate.of(2025, 1, 31),
                                List.of(),
                                new BigDecimal("5.00"),
                                LocalDate.of(2025, 3, 1))
                        .interest())
                .isEqualTo(Money.euros("8.84"));
        // 12 % agreed is above the floor and stays: 1000 × 12 % × 29 / 365 = 9.534
        assertThat(interest.on(
                                Money.euros("1000.00"),
                                LocalDate.of(2025, 1, 31),
                                List.of(),
                                new BigDecimal("12.00"),
                                LocalDate.of(2025, 3, 1))
                        .interest())
                .isEqualTo(Money.euros("9.53"));
        assertThat(interest.yearlyRate(new BigDecimal("5.00"), new HalfYear(2025, 2)))
                .isEqualByComparingTo("8.28");
    }

    @Test
    void aPartialPaymentReducesWhatIsOwedFromItsDate() {
        // 1000 from 1 to 14 February (14 days), 600 from 15 February to 1 March (15 days), at 12 %
        LateInterest.Computed computed = interest.on(
                Money.euros("1000.00"),
                LocalDate.of(2025, 1, 31),
                List.of(new DatedAmount(LocalDate.of(2025, 2, 15), Money.euros("400.00"))),
                new BigDecimal("12.00"),
                LocalDate.of(2025, 3, 1));

        // 4.60274 + 2.95890 = 7.56164: rounded once, at the end
        assertThat(computed.interest()).isEqualTo(Money.euros("7.56"));
        assertThat(computed.periods())
                .extracting(LateInterest.Period::owed)
                .containsExactly(Money.euros("1000.00"), Money.euros("600.00"));
        assertThat(computed.periods().get(0).days()).isEqualTo(14);
    }

    @Test
    void roundingHappensOnceOnTheExactSumNotPerPeriod() {
        // 100 € at 12 %: 1 day = 0.032877…, per-period rounding of 3 one-day periods would give 0.09, the sum is 0.0986
        LateInterest.Computed computed = interest.on(
                Money.euros("100.00"),
                LocalDate.of(2025, 3, 31),
                List.of(
                        new DatedAmount(LocalDate.of(2025, 4, 2), Money.euros("0.01")),
                        new DatedAmount(LocalDate.of(2025, 4, 3), Money.euros("0.01"))),
                new BigDecimal("12.00"),
                LocalDate.of(2025, 4, 3));
        assertThat(computed.periods()).hasSize(3);
        assertThat(computed.interest()).isEqualTo(Money.euros("0.10"));
    }

    @Test
    void nothingRunsUntilTheDayAfterTheDueDateNorOnceAllIsPaid() {
        assertThat(interest.on(
                                Money.euros("1000.00"),
                                LocalDate.of(2025, 1, 31),
                                List.of(),
                                new BigDecimal("12.00"),
                                LocalDate.of(2025, 1, 31))
                        .interest())
                .isEqualTo(Money.euros("0.00"));
        assertThat(interest.on(
                                Money.euros("1000.00"),
                                LocalDate.of(2025, 1, 31),
                                List.of(new DatedAmount(LocalDate.of(2025, 1, 20), Money.euros("1000.00"))),
                                new BigDecimal("12.00"),
                                LocalDate.of(2025, 3, 1))
                        .interest())
                .isEqualTo(Money.euros("0.00"));
    }

    @Test
    void aHalfYearNotYetPublishedKeepsTheLatestRate() {
        assertThat(RATES_2025.legalRate(new HalfYear(2026, 1))).isEqualByComparingTo("2.76");
        assertThat(RATES_2025.ecbRate(new HalfYear(2024, 2))).isEqualByComparingTo("3.15");
    }

    @Test
    void theIndemnityIsOwedOncePerLateInvoiceHoweverLongItIsLate() {
        LatePaymentClaim.LateInvoice late = new LatePaymentClaim.LateInvoice(
                Money.euros("1000.00"),
                LocalDate.of(2025, 1, 31),
                List.of(),
                new BigDecimal("12.00"),
                OrganisationKind.COMPANY);

        LatePaymentClaim tenDays = LatePaymentClaim.of(late, interest, LocalDate.of(2025, 2, 10));
        LatePaymentClaim fortyFiveDays = LatePaymentClaim.of(late, interest, LocalDate.of(2025, 3, 17));

        assertThat(tenDays.indemnity()).isEqualTo(Money.euros("40.00"));
        assertThat(fortyFiveDays.indemnity()).isEqualTo(Money.euros("40.00"));
        assertThat(fortyFiveDays.interest()).isGreaterThan(tenDays.interest());
        assertThat(fortyFiveDays.total()).isEqualTo(fortyFiveDays.interest().plus(Money.euros("40.00")));
        assertThat(LatePaymentClaim.of(late, interest, LocalDate.of(2025, 1, 31))
                        .indemnity())
                .isEqualTo(Money.euros("0.00"));
    }

    @Test
    void privateIndividualsOweInterestButNoIndemnity() {
        LatePaymentClaim individual = LatePaymentClaim.of(
                new LatePaymentClaim.LateInvoice(
                        Money.euros("1000.00"),
                        LocalDate.of(2025, 1, 31),
                        List.of(),
                        new BigDecimal("12.00"),
                        OrganisationKind.INDIVIDUAL),
                interest,
                LocalDate.of(2025, 3, 1));

        assertThat(individual.indemnity()).isEqualTo(Money.euros("0.00"));
        assertThat(individual.interest()).isEqualTo(Money.euros("9.53"));
        assertThat(RecoveryIndemnity.owedBy(OrganisationKind.PUBLIC_BODY)).isEqualTo(Money.euros("40.00"));
    }

    @Test
    void halfYearsReadAndWriteAsTheirName() {
        assertThat(HalfYear.parse("2025-S2")).isEqualTo(new HalfYear(2025, 2));
        assertThat(HalfYear.of(LocalDate.of(2025, 7, 1))).hasToString("2025-S2");
        assertThat(new HalfYear(2025, 2).next()).isEqualTo(new HalfYear(2026, 1));
    }
}
