package fr.guichet.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

    static InvoiceDraft.Line line(String quantity, String price, String discount, VatRate rate) {
        return new InvoiceDraft.Line(
                null,
                "Prestation",
                new BigDecimal(quantity),
                Unit.HOUR,
                Money.euros(price),
                new BigDecimal(discount),
                rate,
                rate == VatRate.ZERO ? "TVA non applicable, art. 293 B du CGI" : null,
                null,
                null);
    }

    @Test
    void eachLineIsRoundedThenTheVatOfEachRateOnItsBase() {
        // 3 × 33.33 less 10 % = 89.991 → 89.99; 1 × 0.05 = 0.05 at 20 %; 7 × 1.11 at 5.5 % = 7.77
        InvoiceTotals totals = InvoiceTotals.of(List.of(
                InvoiceLine.of(line("3", "33.33", "10", VatRate.STANDARD)),
                InvoiceLine.of(line("1", "0.05", "0", VatRate.STANDARD)),
                InvoiceLine.of(line("7", "1.11", "0", VatRate.REDUCED))));
        assertThat(totals.net()).isEqualTo(Money.euros("97.81"));
        assertThat(totals.rates()).hasSize(2);
        assertThat(totals.rates().get(0).base()).isEqualTo(Money.euros("90.04"));
        assertThat(totals.rates().get(0).vat()).isEqualTo(Money.euros("18.01")); // 18.008
        assertThat(totals.rates().get(1).vat()).isEqualTo(Money.euros("0.43")); // 0.42735
        assertThat(totals.vat()).isEqualTo(Money.euros("18.44"));
        assertThat(totals.gross()).isEqualTo(Money.euros("116.25"));
    }

    @Test
    void exemptLinesCarryTheirReasonIntoTheirRatesTotal() {
        InvoiceTotals totals = InvoiceTotals.of(List.of(InvoiceLine.of(line("2", "50", "0", VatRate.ZERO))));
        assertThat(totals.rates()).singleElement().satisfies(rate -> {
            assertThat(rate.vat()).isEqualTo(Money.euros("0.00"));
            assertThat(rate.exemptionNote()).contains("293 B");
        });
    }

    @Test
    void propertyLinesVatBreakdownAndTotalAlwaysAddUp() {
        Random random = new Random(20261128L);
        VatRate[] rates = VatRate.values();
        for (int run = 0; run < 5_000; run++) {
            List<InvoiceLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String quantity = (1 + random.nextInt(500)) + "." + random.nextInt(100);
                String price = random.nextInt(20_000) + "." + String.format("%02d", random.nextInt(100));
                String discount = random.nextInt(4) == 0 ? random.nextInt(100) + "." + random.nextInt(100) : "0";
                lines.add(InvoiceLine.of(line(quantity, price, discount, rates[random.nextInt(rates.length)])));
            }
            InvoiceTotals totals = InvoiceTotals.of(lines);
            Money sumOfLines = lines.stream().map(InvoiceLine::netAmount).reduce(Money.zero(Money.EUR), Money::plus);
            Money sumOfBases = totals.rates().stream()
                    .map(InvoiceTotals.RateTotal::base)
                    .reduce(Money.zero(Money.EUR), Money::plus);
            Money sumOfVat = totals.rates().stream()
                    .map(InvoiceTotals.RateTotal::vat)
                    .reduce(Money.zero(Money.EUR), Money::plus);
            assertThat(sumOfLines).isEqualTo(totals.net());
            assertThat(sumOfBases).isEqualTo(totals.net());
            assertThat(sumOfVat).isEqualTo(totals.vat());
            assertThat(totals.net().plus(totals.vat())).isEqualTo(totals.gross());
            for (InvoiceTotals.RateTotal rate : totals.rates()) {
                assertThat(rate.vat()).isEqualTo(rate.rate().vatOn(rate.base()));
                // the rate's VAT is within half a cent per line of the sum of unrounded line VATs
                BigDecimal exact =
                        rate.base().amount().multiply(rate.rate().percent().movePointLeft(2));
                assertThat(rate.vat().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
            }
            assertThat(totals.rates().stream()
                            .map(InvoiceTotals.RateTotal::rate)
                            .distinct())
                    .hasSameSizeAs(totals.rates());
        }
    }

    @Test
    void badLinesAreRefusedOnTheirField() {
        assertField(() -> InvoiceLine.of(line("-1", "10", "0", VatRate.STANDARD)), "quantity");
        assertField(() -> InvoiceLine.of(line("0", "10", "0", VatRate.STANDARD)), "quantity");
        assertField(() -> InvoiceLine.of(line("1.234", "10", "0", VatRate.STANDARD)), "quantity");
        assertField(() -> InvoiceLine.of(line("1", "10", "100.01", VatRate.STANDARD)), "discountPercent");
        assertField(() -> InvoiceLine.of(line("1", "10", "-5", VatRate.STANDARD)), "discountPercent");
        assertField(
                () -> InvoiceLine.of(new InvoiceDraft.Line(
                        null,
                        "x",
                        BigDecimal.ONE,
                        Unit.DAY,
                        Money.euros("1"),
                        BigDecimal.ZERO,
                        VatRate.ZERO,
                        " ",
                        null,
                        null)),
                "exemptionNote");
        assertField(
                () -> InvoiceLine.of(new InvoiceDraft.Line(
                        null,
                        " ",
                        BigDecimal.ONE,
                        Unit.DAY,
                        Money.euros("1"),
                        BigDecimal.ZERO,
                        VatRate.STANDARD,
                        null,
                        null,
                        null)),
                "description");
        assertField(
                () -> InvoiceLine.of(new InvoiceDraft.Line(
                        null,
                        "x",
                        BigDecimal.ONE,
                        Unit.DAY,
                        Money.euros("-1"),
                        BigDecimal.ZERO,
                        VatRate.STANDARD,
                        null,
                        null,
                        null)),
                "unitPrice");
        // a hundred per cent discount is allowed: a line given for free
        assertThat(InvoiceLine.of(line("1", "10", "100", VatRate.STANDARD)).netAmount())
                .isEqualTo(Money.euros("0"));
    }

    @Test
    void aNegativeQuantityIsRefusedAsNegativeWhateverItsDecimals() {
        for (String quantity : List.of("-1", "-1.234", "0")) {
            assertThatThrownBy(() -> InvoiceLine.of(line(quantity, "10", "0", VatRate.STANDARD)))
                    .as(quantity)
                    .isInstanceOfSatisfying(BillingRuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("quantity");
                        assertThat(v.messageKey()).isEqualTo("billing.error.quantity-negative");
                    });
        }
        assertThatThrownBy(() -> InvoiceLine.of(line("1.234", "10", "0", VatRate.STANDARD)))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.quantity"));
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
