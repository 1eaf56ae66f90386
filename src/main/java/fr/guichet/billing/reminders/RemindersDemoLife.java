package fr.guichet.billing.reminders;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.internal.InvoiceHistory;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Reminders' part of the demo company's year ({@link DemoActivity}, order 410, after billing's invoices): each overdue
 * invoice has the reminders its lateness called for, at the days the levels fell due (with the interest and indemnity
 * of those days; no mail, no letter: nothing is sent to anyone), except one put under dispute after its first
 * reminder and one under a payment plan of three monthly instalments, paid on time so far.
 */
@Component
class RemindersDemoLife implements DemoActivity {

    private static final String BY = "Relances (démo)";

    private final JdbcClient jdbc;
    private final ReminderLevelManagement levels;
    private final ReferenceRateManagement rates;
    private final ReminderSending sending;
    private final InvoiceManagement invoices;
    private final InvoiceHistory history;
    private final CustomerManagement customers;

    RemindersDemoLife(
            JdbcClient jdbc,
            ReminderLevelManagement levels,
            ReferenceRateManagement rates,
            ReminderSending sending,
            InvoiceManagement invoices,
            InvoiceHistory history,
            CustomerManagement customers) {
        this.jdbc = jdbc;
        this.levels = levels;
        this.rates = rates;
        this.sending = sending;
        this.invoices = invoices;
        this.history = history;
        this.customers = customers;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public DemoOutcome play(DemoLife life) {
        LocalDate today = life.lastDay();
        List<ReminderLevel> all = levels.levels();
        if (all.isEmpty()) {
            return new DemoOutcome("no reminder level");
        }
        List<Long> overdue = jdbc.sql("SELECT id FROM billing_invoice WHERE kind = 'INVOICE'"
                        + " AND status IN ('VALIDATED', 'SENT', 'PARTLY_PAID') AND amount_due - paid - credited > 0"
                        + " AND due_date <= :late ORDER BY due_date, id")
                .param("late", today.minusDays(all.get(0).delayDays()))
                .query(Long.class)
                .list();
        LateInterest interest = rates.lateInterest();
        int sent = 0;
        for (int i = 0; i < overdue.size(); i++) {
            Invoice invoice = invoices.get(overdue.get(i));
            boolean disputed = i == 1;
            boolean planned = i == 2;
            for (ReminderLevel level : all) {
                LocalDate day = invoice.getDueDate().plusDays(level.delayDays());
                if (day.isAfter(today)) {
                    break;
                }
                sent += record(invoice, level, day, interest, life);
                if (disputed || planned) {
                    break;
                }
            }
            if (disputed) {
                dispute(invoice, today.minusDays(2), life);
            } else if (planned) {
                plan(invoice, today, life);
            }
        }
        return new DemoOutcome(String.format(
                "%d reminders for %d overdue invoices, one under dispute, one under a payment plan",
                sent, overdue.size()));
    }

    private int record(Invoice invoice, ReminderLevel level, LocalDate day, LateInterest interest, DemoLife life) {
        LatePaymentClaim claim = sending.claimOf(invoice, interest, day);
        String email = customers
                .find(invoice.getOrganisationId())
                .map(o -> o.getEmail())
                .orElse(null);
        return jdbc.sql("INSERT INTO billing_reminder (invoice_id, level_id, instalment, organisation_id, as_of,"
                        + " sent_at, sent_by, balance, interest, indemnity, language, recipient) VALUES (:invoice,"
                        + " :level, 0, :org, :day, :at, :by, :balance, :interest, :indemnity, :language, :recipient)"
                        + " ON CONFLICT DO NOTHING")
                .param("invoice", invoice.getId())
                .param("level", level.id())
                .param("org", invoice.getOrganisationId())
                .param("day", day)
                .param("at", at(day, life).atOffset(ZoneOffset.UTC))
                .param("by", BY)
                .param("balance", invoice.balance().amount())
                .param("interest", claim.interest().amount())
                .param("indemnity", claim.indemnity().amount())
                .param("language", customers.documentLanguageOf(invoice.getOrganisationId()))
                .param("recipient", email == null || email.isBlank() ? null : email.strip())
                .update();
    }

    private void dispute(Invoice invoice, LocalDate day, DemoLife life) {
        String reason = "Le client conteste le nombre d’heures facturées";
        jdbc.sql("UPDATE billing_invoice SET disputed = TRUE, dispute_reason = :reason, disputed_at = :at,"
                        + " disputed_by = :by WHERE id = :id")
                .param("reason", reason)
                .param("at", at(day, life).atOffset(ZoneOffset.UTC))
                .param("by", BY)
                .param("id", invoice.getId())
                .update();
        history.record(invoice, "disputed", BY, reason, at(day, life));
    }

    private void plan(Invoice invoice, LocalDate today, DemoLife life) {
        Instant at = at(today.minusDays(1), life);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_payment_plan (invoice_id, paid_before, created_at, created_by, active_invoice_id)"
                        + " VALUES (:invoice, :paid, :at, :by, :invoice)")
                .param("invoice", invoice.getId())
                .param("paid", invoice.paidAmount().amount())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", BY)
                .update(key, "id");
        int position = 1;
        for (ReminderPolicy.Instalment instalment : PaymentPlanSplit.equal(invoice.balance(), 3, today.plusDays(10))) {
            jdbc.sql("INSERT INTO billing_payment_plan_instalment (plan_id, position, due_on, amount)"
                            + " VALUES (:plan, :position, :due, :amount)")
                    .param("plan", key.getKey().longValue())
                    .param("position", position++)
                    .param("due", instalment.dueOn())
                    .param("amount", instalment.amount().amount())
                    .update();
        }
        history.record(invoice, "payment-plan", BY, "3", at);
    }

    private static Instant at(LocalDate day, DemoLife life) {
        return day.atTime(8, 30).atZone(life.zone()).toInstant();
    }
}
