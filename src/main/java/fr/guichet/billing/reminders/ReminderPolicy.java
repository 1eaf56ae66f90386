package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which reminder an overdue invoice gets today, if any. Put aside: an invoice under dispute, one the customer says is
 * already paid (until billing has looked), every invoice of a customer whose account is on hold. Under a payment plan:
 * nothing while the instalments are paid on time; the first instalment still unpaid once its date is past by the first
 * level's delay gets that level's reminder (once). Otherwise the levels go in order: the next one not yet sent, once
 * the due date is past by its delay and the previous level is past by the time between the two — never the same level
 * twice, never a level before the previous one.
 */
public final class ReminderPolicy {

    private ReminderPolicy() {}

    /** Why an invoice gets nothing today. */
    public enum Skip {
        DISPUTED,
        ON_HOLD,
        AWAITING_REVIEW,
        PAYMENT_PLAN,
        NOT_YET,
        ALL_SENT
    }

    /** An instalment of a payment plan. */
    public record Instalment(int position, LocalDate dueOn, Money amount) {}

    /** A payment plan as the policy sees it: its instalments, what was paid since it began, instalments reminded. */
    public record Plan(List<Instalment> instalments, Money paidSince, Set<Integer> reminded) {}

    /** What the policy knows of an overdue invoice. */
    public record Case(
            long invoiceId,
            LocalDate dueDate,
            boolean disputed,
            boolean customerOnHold,
            boolean awaitingReview,
            @Nullable Plan plan,
            Set<Integer> levelsSent,
            @Nullable LocalDate lastSentOn) {}

    /** A reminder to send or the reason for none. */
    public record Decision(
            @Nullable ReminderLevel level,
            int instalment,
            @Nullable Money instalmentDue,
            @Nullable Skip skip) {

        static Decision send(ReminderLevel level) {
            return new Decision(level, 0, null, null);
        }

        static Decision instalment(ReminderLevel level, Instalment instalment, Money due) {
            return new Decision(level, instalment.position(), due, null);
        }

        static Decision skip(Skip why) {
            return new Decision(null, 0, null, why);
        }

        public boolean sends() {
            return level != null;
        }
    }

    /** @param levels the levels in their order */
    public static Decision decide(Case invoice, List<ReminderLevel> levels, LocalDate today) {
        if (invoice.disputed()) {
            return Decision.skip(Skip.DISPUTED);
        }
        if (invoice.customerOnHold()) {
            return Decision.skip(Skip.ON_HOLD);
        }
        if (invoice.awaitingReview()) {
            return Decision.skip(Skip.AWAITING_REVIEW);
        }
        if (levels.isEmpty()) {
            return Decision.skip(Skip.ALL_SENT);
        }
        if (invoice.plan() != null) {
            return underPlan(invoice.plan(), levels.get(0), today);
        }
        for (int k = 0; k < levels.size(); k++) {
            ReminderLevel level = levels.get(k);
            if (!invoice.levelsSent().contains(level.position())) {
                LocalDate earliest = invoice.dueDate().plusDays(level.delayDays());
                if (k > 0 && invoice.lastSentOn() != null) {
                    // a level late in coming (the run did not run, a dispute was lifted) still leaves the customer the
                    // time between the two levels to pay after the previous one
                    LocalDate afterPrevious = invoice.lastSentOn()
                            .plusDays(level.delayDays() - levels.get(k - 1).delayDays());
                    earliest = afterPrevious.isAfter(earliest) ? afterPrevious : earliest;
                }
                return today.isBefore(earliest) ? Decision.skip(Skip.NOT_YET) : Decision.send(level);
            }
        }
        return Decision.skip(Skip.ALL_SENT);
    }

    private static Decision underPlan(Plan plan, ReminderLevel first, LocalDate today) {
        Money covered = plan.paidSince();
        for (Instalment instalment : plan.instalments()) {
            if (covered.compareTo(instalment.amount()) >= 0) {
                covered = covered.minus(instalment.amount());
                continue;
            }
            Money due = instalment.amount().minus(covered);
            boolean late = !today.isBefore(instalment.dueOn().plusDays(first.delayDays()));
            if (late && !plan.reminded().contains(instalment.position())) {
                return Decision.instalment(first, instalment, due);
            }
            return Decision.skip(Skip.PAYMENT_PLAN);
        }
        return Decision.skip(Skip.PAYMENT_PLAN);
    }
}
