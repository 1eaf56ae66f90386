package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsHaveTwoDecimalsAndMoreAreRefusedNotRounded() {
        assertThat(Money.euros("12.5").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.euros("12.5").amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> Money.euros("12.345")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.euros("12.3400")).isEqualTo(Money.euros("12.34"));
    }

    @Test
    void typedAmountsAreReadTheFrenchWayOrTheEnglishWay() {
        assertThat(Money.parse("1 234,50", Money.EUR)).contains(Money.euros("1234.50"));
        assertThat(Money.parse("1\u202f234,5 €", Money.EUR)).contains(Money.euros("1234.50"));
        assertThat(Money.parse("99.9", Money.EUR)).contains(Money.euros("99.90"));
        assertThat(Money.parse("12,345", Money.EUR)).as("three decimals").isEmpty();
        assertThat(Money.parse("-5", Money.EUR)).isEmpty();
        assertThat(Money.parse("douze", Money.EUR)).isEmpty();
        assertThat(Money.parse("", Money.EUR)).isEmpty();
    }

    @Test
    void arithmeticRoundsEachResultHalfUpToTheCent() {
        assertThat(Money.euros("10.00").times(new BigDecimal("0.333"))).isEqualTo(Money.euros("3.33"));
        assertThat(Money.euros("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.euros("0.03"));
        assertThat(Money.euros("19.99").plus(Money.euros("0.01"))).isEqualTo(Money.euros("20.00"));
        assertThat(Money.euros("5").minus(Money.euros("7.5")).isNegative()).isTrue();
    }

    @Test
    void currenciesAreNeverMixed() {
        Money dollars = new Money(BigDecimal.ONE, Currency.getInstance("USD"));
        assertThatThrownBy(() -> Money.euros("1").plus(dollars)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formattedForTheReader() {
        assertThat(Money.euros("1234.5").format(Locale.FRANCE)).isEqualTo("1\u202f234,50\u00a0€");
        assertThat(Money.euros("1234.5").format(Locale.UK)).isEqualTo("€1,234.50");
        assertThat(Money.euros("1234.5").plain(Locale.FRENCH)).isEqualTo("1234,50");
    }

    @Test
    void frenchVatRates() {
        Money net = Money.euros("100.00");
        assertThat(VatRate.STANDARD.vatOn(net)).isEqualTo(Money.euros("20.00"));
        assertThat(VatRate.INTERMEDIATE.grossOf(net)).isEqualTo(Money.euros("110.00"));
        assertThat(VatRate.REDUCED.vatOn(Money.euros("19.99"))).isEqualTo(Money.euros("1.10"));
        assertThat(VatRate.SPECIAL.vatOn(Money.euros("19.99"))).isEqualTo(Money.euros("0.42"));
        assertThat(VatRate.ZERO.grossOf(net)).isEqualTo(net);
        assertThat(VatRate.ZERO.needsExemptionReason()).isTrue();
        assertThat(VatRate.STANDARD.needsExemptionReason()).isFalse();
    }

    @Test
    void theLargestExponentIsRefusedAsTooManyDigits() {
        assertThatThrownBy(() -> Money.euros("1E+2147483647"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integer digits");
    }
}
