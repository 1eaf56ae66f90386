package fr.guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Totals rounded per line, then per VAT rate: lines, VAT breakdown and totals always add up. */
class QuoteTotalsTest {

    @Test
    void vatIsRoundedOncePerRateNotPerLine() {
        // three lines at 0.05 € and 20 %: per line the VAT would be 3 × 0.01 = 0.03; on the rate's base 0.15 it is 0.03
        // three lines at 0.33 €: per line 3 × 0.07 = 0.21, on the base 0.99 it is 0.20
        List<QuoteLine> lines = List.of(
                QuoteTest.line("0.33", "1", "0", VatRate.STANDARD),
                QuoteTest.line("0.33", "1", "0", VatRate.STANDARD),
                QuoteTest.line("0.33", "1", "0", VatRate.STANDARD));
        QuoteTotals totals = QuoteTotals.of(lines);
        assertThat(totals.perRate()).hasSize(1);
        assertThat(totals.vat().amount()).isEqualByComparingTo("0.20");
        assertThat(totals.gross().amount()).isEqualByComparingTo("1.19");
    }

    @Test
    void eachLineIsRoundedToTheCentHalfUp() {
        // 3 × 3.335 would not be a price; 7 × 1.15 with 33.33 % off = 5.3673… → 5.37
        assertThat(QuoteTest.line("1.15", "7", "33.33", VatRate.STANDARD).net().amount())
                .isEqualByComparingTo("5.37");
        // 0.5 × 0.05 = 0.025 → 0.03 (half up)
        assertThat(QuoteTest.line("0.05", "0.5", "0", VatRate.STANDARD).net().amount())
                .isEqualByComparingTo("0.03");
    }

    @Test
    void linesBreakdownAndTotalsAlwaysAddUp() {
        Random random = new Random(2026);
        VatRate[] rates = VatRate.values();
        for (int run = 0; run < 2000; run++) {
            List<QuoteLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String price = BigDecimal.valueOf(random.nextInt(1_000_000), 2).toPlainString();
                String quantity =
                        BigDecimal.valueOf(1 + random.nextInt(10_000), 2).toPlainString();
                String discount = BigDecimal.valueOf(random.nextInt(10_001), 2).toPlainString();
                lines.add(QuoteTest.line(price, quantity, discount, rates[random.nextInt(rates.length)]));
            }
            QuoteTotals totals = QuoteTotals.of(lines);
            Money sumOfLines = lines.stream().map(QuoteLine::net).reduce(Money.zero(Money.EUR), Money::plus);
            Money sumOfBases =
                    totals.perRate().stream().map(QuoteTotals.PerRate::base).reduce(Money.zero(Money.EUR), Money::plus);
            Money sumOfVat =
                    totals.perRate().stream().map(QuoteTotals.PerRate::vat).reduce(Money.zero(Money.EUR), Money::plus);
            assertThat(sumOfBases).isEqualTo(sumOfLines).isEqualTo(totals.net());
            assertThat(sumOfVat).isEqualTo(totals.vat());
            assertThat(totals.net().plus(totals.vat())).isEqualTo(totals.gross());
            for (QuoteTotals.PerRate rate : totals.perRate()) {
                BigDecimal exact =
                        rate.base().amount().multiply(rate.rate().percent()).movePointLeft(2);
                assertThat(rate.vat().amount().subtract(exact).abs())
                        .as("VAT of a rate is its base × rate, rounded once")
                        .isLessThanOrEqualTo(new BigDecimal("0.005"));
                assertThat(rate.vat().amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
            }
        }
    }
}
