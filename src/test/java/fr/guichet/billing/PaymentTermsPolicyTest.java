package fr.guichet.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTermsPolicyTest {

    @Test
    void thirtyDaysNetIsTheDefaultAndFallsThirtyDaysAfterTheInvoice() {
        assertThat(PaymentTerms.DEFAULT).isEqualTo(new PaymentTerms(30, false));
        assertThat(PaymentTerms.DEFAULT.dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void endOfMonthTermsEndOnTheLastDayOfTheMonthTheDaysEndIn() {
        PaymentTerms eom45 = new PaymentTerms(45, true);
        assertThat(eom45.dueDate(LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(eom45.dueDate(LocalDate.of(2028, 1, 10))).isEqualTo(LocalDate.of(2028, 2, 29)); // leap year
        assertThat(eom45.dueDate(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(new PaymentTerms(0, true).dueDate(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void sixtyDaysNetAndFortyFiveDaysEndOfMonthAreTheLegalMaximum() {
        assertThat(PaymentTermsPolicy.check(new PaymentTerms(60, false), "f")).isNotNull();
        assertThat(PaymentTermsPolicy.check(new PaymentTerms(45, true), "f")).isNotNull();
        assertThat(PaymentTermsPolicy.check(new PaymentTerms(0, false), "f")).isNotNull();
    }

    @Test
    void termsBeyondTheLegalMaximumAreRefusedOnTheirField() {
        assertThatThrownBy(() -> PaymentTermsPolicy.check(new PaymentTerms(61, false), "terms"))
                .isInstanceOfSatisfying(BillingRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("terms");
                    assertThat(v.messageKey()).isEqualTo("billing.error.terms-max");
                    assertThat(v.messageArguments()).containsExactly(60);
                });
        assertThatThrownBy(() -> PaymentTermsPolicy.check(new PaymentTerms(46, true), "terms"))
                .isInstanceOfSatisfying(
                        BillingRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("billing.error.terms-max-eom"));
        assertThatThrownBy(() -> PaymentTermsPolicy.check(new PaymentTerms(-1, false), "terms"))
                .isInstanceOf(BillingRuleViolation.class);
    }
}
