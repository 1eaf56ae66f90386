package fr.guichet.billing.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which reminder an overdue invoice gets, and payment plans' instalments, without Spring. */
class ReminderPolicyTest {

    static final List<ReminderLevel> LEVELS =
            List.of(level(1, "FRIENDLY", 7), level(2, "FORMAL", 15), level(3, "FORMAL_NOTICE", 30));
    static final LocalDate DUE = LocalDate.of(2026, 10, 1);

    static ReminderLevel level(int position, String code, int delay) {
        return new ReminderLevel(
                position, position, code, delay, position == 3, "s", "b", "s", "b", Instant.EPOCH, "t", 0);
    }

    static ReminderPolicy.Case invoice(Set<Integer> sent) {
        return new ReminderPolicy.Case(
                1, DUE, false, false, false, null, sent, sent.isEmpty() ? null : DUE.plusDays(7));
    }

    @Test
    void levelsGoInOrderEachOnceAfterItsDelay() {
        assertThat(ReminderPolicy.decide(invoice(Set.of()), LEVELS, DUE.plusDays(6))
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.NOT_YET);
        assertThat(ReminderPolicy.decide(invoice(Set.of()), LEVELS, DUE.plusDays(7))
                        .level()
                        .code())
                .isEqualTo("FRIENDLY");
        // 40 days late and never reminded: the friendly reminder first, not the formal notice
        assertThat(ReminderPolicy.decide(invoice(Set.of()), LEVELS, DUE.plusDays(40))
                        .level()
                        .code())
                .isEqualTo("FRIENDLY");
        assertThat(ReminderPolicy.decide(invoice(Set.of(1)), LEVELS, DUE.plusDays(14))
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.NOT_YET);
        assertThat(ReminderPolicy.decide(invoice(Set.of(1)), LEVELS, DUE.plusDays(15))
                        .level()
                        .code())
                .isEqualTo("FORMAL");
        assertThat(ReminderPolicy.decide(invoice(Set.of(1, 2)), LEVELS, DUE.plusDays(30))
                        .level()
                        .code())
                .isEqualTo("FORMAL_NOTICE");
        assertThat(ReminderPolicy.decide(invoice(Set.of(1, 2, 3)), LEVELS, DUE.plusDays(90))
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.ALL_SENT);
    }

    @Test
    void aLevelComingLateStillLeavesTheTimeBetweenTwoLevelsAfterThePreviousOne() {
        // the friendly reminder went out on day 40 (runs stopped, a dispute lifted): the formal one waits 8 more days
        ReminderPolicy.Case late =
                new ReminderPolicy.Case(1, DUE, false, false, false, null, Set.of(1), DUE.plusDays(40));
        assertThat(ReminderPolicy.decide(late, LEVELS, DUE.plusDays(47)).skip()).isEqualTo(ReminderPolicy.Skip.NOT_YET);
        assertThat(ReminderPolicy.decide(late, LEVELS, DUE.plusDays(48)).level().code())
                .isEqualTo("FORMAL");
    }

    @Test
    void disputeHoldAndAlreadyPaidPutTheInvoiceAside() {
        LocalDate late = DUE.plusDays(20);
        assertThat(ReminderPolicy.decide(
                                new ReminderPolicy.Case(1, DUE, true, false, false, null, Set.of(), null), LEVELS, late)
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.DISPUTED);
        assertThat(ReminderPolicy.decide(
                                new ReminderPolicy.Case(1, DUE, false, true, false, null, Set.of(), null), LEVELS, late)
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.ON_HOLD);
        assertThat(ReminderPolicy.decide(
                                new ReminderPolicy.Case(1, DUE, false, false, true, null, Set.of(), null), LEVELS, late)
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.AWAITING_REVIEW);
    }

    @Test
    void aPlanPaidOnTimeIsLeftAloneAndALateInstalmentIsRemindedOnce() {
        List<ReminderPolicy.Instalment> instalments =
                PaymentPlanSplit.equal(Money.euros("300.00"), 3, LocalDate.of(2026, 11, 1));
        ReminderPolicy.Plan onTime = new ReminderPolicy.Plan(instalments, Money.euros("100.00"), Set.of());
        // the first instalment is paid, the second (1 December) not late yet by 7 days on 5 December
        assertThat(ReminderPolicy.decide(
                                new ReminderPolicy.Case(1, DUE, false, false, false, onTime, Set.of(), null),
                                LEVELS,
                                LocalDate.of(2026, 12, 5))
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.PAYMENT_PLAN);
        ReminderPolicy.Decision late = ReminderPolicy.decide(
                new ReminderPolicy.Case(1, DUE, false, false, false, onTime, Set.of(), null),
                LEVELS,
                LocalDate.of(2026, 12, 8));
        assertThat(late.level().code()).isEqualTo("FRIENDLY");
        assertThat(late.instalment()).isEqualTo(2);
        assertThat(late.instalmentDue()).isEqualTo(Money.euros("100.00"));
        ReminderPolicy.Plan reminded = new ReminderPolicy.Plan(instalments, Money.euros("130.00"), Set.of(2));
        assertThat(ReminderPolicy.decide(
                                new ReminderPolicy.Case(1, DUE, false, false, false, reminded, Set.of(), null),
                                LEVELS,
                                LocalDate.of(2026, 12, 20))
                        .skip())
                .isEqualTo(ReminderPolicy.Skip.PAYMENT_PLAN);
    }

    @Test
    void aPlansInstalmentsSumToTheBalanceToTheCent() {
        List<ReminderPolicy.Instalment> thirds =
                PaymentPlanSplit.equal(Money.euros("100.00"), 3, LocalDate.of(2026, 12, 1));
        assertThat(thirds)
                .extracting(ReminderPolicy.Instalment::amount)
                .containsExactly(Money.euros("33.33"), Money.euros("33.33"), Money.euros("33.34"));
        assertThat(thirds.get(2).dueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        PaymentPlanSplit.check(thirds, Money.euros("100.00"), LocalDate.of(2026, 11, 29));
        assertThatThrownBy(() -> PaymentPlanSplit.check(thirds, Money.euros("100.01"), LocalDate.of(2026, 11, 29)))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "reminders.plan.error.sum");
        assertThatThrownBy(() -> PaymentPlanSplit.check(thirds, Money.euros("100.00"), LocalDate.of(2026, 12, 2)))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "reminders.plan.error.dates");
    }

    @Test
    void textsFillTheirPlaceholdersAndRefuseUnknownOnes() {
        assertThat(ReminderText.fill("Facture {number} : {total}", java.util.Map.of("number", "FA-1", "total", "10 €")))
                .isEqualTo("Facture FA-1 : 10 €");
        assertThat(ReminderText.unknownPlaceholder("{number} {montant}")).contains("{montant}");
        assertThat(ReminderText.unknownPlaceholder("{number} {dueDate}")).isEmpty();
    }
}
