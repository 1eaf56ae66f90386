package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a payment plan's instalments: at least one, at most {@value #MAX}, each dated after the one before and
 * not in the past, each more than zero, and their sum exactly the balance (to the cent); and the plan billing is
 * offered first: equal monthly instalments, the last one taking the cents the division leaves.
 */
public final class PaymentPlanSplit {

    public static final int MAX = 36;

    private PaymentPlanSplit() {}

    /** {@code count} monthly instalments of {@code balance} from {@code first}. */
    public static List<ReminderPolicy.Instalment> equal(Money balance, int count, LocalDate first) {
        int n = Math.max(1, Math.min(MAX, count));
        BigDecimal each = balance.amount().divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        List<ReminderPolicy.Instalment> plan = new ArrayList<>();
        BigDecimal left = balance.amount();
        for (int i = 1; i <= n; i++) {
            BigDecimal amount = i == n ? left : each;
            plan.add(new ReminderPolicy.Instalment(i, first.plusMonths(i - 1L), new Money(amount, balance.currency())));
            left = left.subtract(amount);
        }
        return plan;
    }

    /** @throws BillingRuleViolation when the instalments break a rule */
    public static void check(List<ReminderPolicy.Instalment> instalments, Money balance, LocalDate today) {
        if (instalments.isEmpty() || instalments.size() > MAX) {
            throw new BillingRuleViolation("instalments", "reminders.plan.error.count", MAX);
        }
        Money sum = Money.zero(balance.currency());
        LocalDate previous = today.minusDays(1);
        for (ReminderPolicy.Instalment instalment : instalments) {
            if (instalment.amount().amount().signum() <= 0) {
                throw new BillingRuleViolation("instalments", "reminders.plan.error.amount", instalment.position());
            }
            if (!instalment.dueOn().isAfter(previous)) {
                throw new BillingRuleViolation("instalments", "reminders.plan.error.dates", instalment.position());
            }
            previous = instalment.dueOn();
            sum = sum.plus(instalment.amount());
        }
        if (sum.compareTo(balance) != 0) {
            throw new BillingRuleViolation(
                    "instalments",
                    "reminders.plan.error.sum",
                    sum.amount().toPlainString(),
                    balance.amount().toPlainString());
        }
    }
}
