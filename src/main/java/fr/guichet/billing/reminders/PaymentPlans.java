package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.internal.InvoiceHistory;
import fr.guichet.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment plans: billing splits an overdue invoice's balance into dated instalments ({@link PaymentPlanSplit}'s rules);
 * reminders then follow the plan ({@link ReminderPolicy}). One plan at a time per invoice; ending it (the customer
 * stopped paying, or paid all) brings the invoice back to the usual reminders.
 */
@Service
@Transactional
public class PaymentPlans {

    /** A plan with its instalments, what was paid before it, who made it. */
    public record Plan(
            long id,
            long invoiceId,
            List<ReminderPolicy.Instalment> instalments,
            Money paidBefore,
            Instant createdAt,
            String createdBy) {

        public Money total() {
            return instalments.stream()
                    .map(ReminderPolicy.Instalment::amount)
                    .reduce(Money.zero(Money.EUR), Money::plus);
        }
    }

    private final JdbcClient jdbc;
    private final InvoiceManagement invoices;
    private final InvoiceHistory history;
    private final Clock clock;

    PaymentPlans(JdbcClient jdbc, InvoiceManagement invoices, InvoiceHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.history = history;
        this.clock = clock;
    }

    /** The invoice's plan in force, if any. */
    @Transactional(readOnly = true)
    public Optional<Plan> of(long invoiceId) {
        return jdbc.sql("SELECT * FROM billing_payment_plan WHERE active_invoice_id = :id")
                .param("id", invoiceId)
                .query((rs, n) -> new Plan(
                        rs.getLong("id"),
                        invoiceId,
                        List.of(),
                        new Money(rs.getBigDecimal("paid_before"), Money.EUR),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("created_by")))
                .optional()
                .map(plan -> new Plan(
                        plan.id(),
                        plan.invoiceId(),
                        instalments(plan.id()),
                        plan.paidBefore(),
                        plan.createdAt(),
                        plan.createdBy()));
    }

    /** Puts an overdue invoice under a plan of these instalments. */
    public Plan create(long invoiceId, List<ReminderPolicy.Instalment> instalments, String by) {
        Invoice invoice = invoices.get(invoiceId);
        LocalDate today = invoices.today();
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE || !invoice.isOverdue(today)) {
            throw new BillingRuleViolation("instalments", "reminders.plan.error.not-overdue");
        }
        if (of(invoiceId).isPresent()) {
            throw new BillingRuleViolation("instalments", "reminders.plan.error.exists");
        }
        PaymentPlanSplit.check(instalments, invoice.balance(), today);
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_payment_plan (invoice_id, paid_before, created_at, created_by, active_invoice_id)"
                        + " VALUES (:invoice, :paid, :at, :by, :invoice)")
                .param("invoice", invoiceId)
                .param("paid", invoice.paidAmount().amount())
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 1;
        for (ReminderPolicy.Instalment instalment : instalments) {
            jdbc.sql("INSERT INTO billing_payment_plan_instalment (plan_id, position, due_on, amount)"
                            + " VALUES (:plan, :position, :due, :amount)")
                    .param("plan", id)
                    .param("position", position++)
                    .param("due", instalment.dueOn())
                    .param("amount", instalment.amount().amount())
                    .update();
        }
        history.record(invoice, "payment-plan", by, String.valueOf(instalments.size()), now);
        return of(invoiceId).orElseThrow();
    }

    /** Ends the invoice's plan: usual reminders again from the next run. */
    public void end(long invoiceId, String by) {
        Invoice invoice = invoices.get(invoiceId);
        int ended = jdbc.sql("UPDATE billing_payment_plan SET ended_at = :at, ended_by = :by, active_invoice_id = NULL"
                        + " WHERE active_invoice_id = :id")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("id", invoiceId)
                .update();
        if (ended == 0) {
            throw new BillingRuleViolation("instalments", "reminders.plan.error.none");
        }
        history.record(invoice, "payment-plan-ended", by, null, clock.instant());
    }

    private List<ReminderPolicy.Instalment> instalments(long planId) {
        return jdbc.sql("SELECT position, due_on, amount FROM billing_payment_plan_instalment WHERE plan_id = :id"
                        + " ORDER BY position")
                .param("id", planId)
                .query((rs, n) -> new ReminderPolicy.Instalment(
                        rs.getInt("position"),
                        rs.getObject("due_on", LocalDate.class),
                        new Money(rs.getBigDecimal("amount"), Money.EUR)))
                .list();
    }
}
