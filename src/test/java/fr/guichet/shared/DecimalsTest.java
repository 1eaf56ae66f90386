package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertThat(Decimals.parse("1 234,5", 10, 2)).contains(new BigDecimal("1234.5"));
        assertThat(Decimals.parse("12.25", 10, 2)).contains(new BigDecimal("12.25"));
        assertThat(Decimals.parse(" 3 ", 10, 0)).contains(new BigDecimal("3"));
    }

    @Test
    void refusesExponentsTooManyDigitsAndNonsenseAtOnce() {
        long start = System.nanoTime();
        assertThat(Decimals.parse("1e999999", 10, 2)).isEmpty();
        assertThat(Decimals.parse("1E+2147483647", 10, 2)).isEmpty();
        assertThat(Decimals.parse("9".repeat(100_000), 10, 2)).isEmpty();
        assertThat(Decimals.parse("12345678901", 10, 2)).isEmpty();
        assertThat(Decimals.parse("1.234", 10, 2)).isEmpty();
        assertThat(Decimals.parse("-1", 10, 2)).isEmpty();
        assertThat(Decimals.parse("", 10, 2)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void tellsWhetherANumberFitsWithoutArithmetic() {
        assertThat(Decimals.fits(new BigDecimal("1234567890.12"), 10, 2)).isTrue();
        assertThat(Decimals.fits(new BigDecimal("1e999999"), 10, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("1E+2147483647"), 10, 2))
                .as("no int overflow")
                .isFalse();
        assertThat(Decimals.fits(new BigDecimal("1e-999999"), 10, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("12345678901"), 10, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("0E-5"), 10, 2)).isFalse();
        assertThat(Decimals.fits(new BigDecimal("0.00"), 10, 2)).isTrue();
    }
}
