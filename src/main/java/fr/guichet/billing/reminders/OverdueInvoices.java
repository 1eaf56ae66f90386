package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The invoices a reminder run looks at, a page at a time in the order of their ids (keyset: a run over a million open
 * invoices never holds more than a page): issued, not a credit note, something still to pay, and past their due date
 * by the first level's delay (or under a payment plan), not being collected by a SEPA direct debit (pending in a batch,
 * or collected; once it comes back rejected, the invoice is reminded again) — each with what {@link ReminderPolicy}
 * needs, read in three queries per page.
 */
@Component
class OverdueInvoices {

    private static final String FROM = " FROM billing_invoice i"
            + " LEFT JOIN billing_account_hold h ON h.organisation_id = i.organisation_id"
            + " LEFT JOIN billing_payment_plan p ON p.active_invoice_id = i.id"
            + " WHERE i.kind <> 'CREDIT_NOTE' AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
            + " AND i.amount_due - i.paid - i.credited > 0 AND (i.due_date <= :limit OR p.id IS NOT NULL)"
            // being collected by SEPA direct debit (in a batch, or collected and not come back): not reminded
            + " AND NOT EXISTS (SELECT 1 FROM billing_sepa_debit d WHERE d.invoice_id = i.id"
            + " AND d.status IN ('PENDING', 'COLLECTED'))";

    private final JdbcClient jdbc;

    OverdueInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many there are today (the run's total, for its progress bar). */
    int count(LocalDate today, int firstDelay) {
        return jdbc.sql("SELECT COUNT(*)" + FROM)
                .param("limit", today.minusDays(firstDelay))
                .query(Integer.class)
                .single();
    }

    private record Row(
            long id,
            LocalDate dueDate,
            boolean disputed,
            boolean held,
            boolean awaiting,
            Long planId,
            BigDecimal paidSince,
            long organisationId,
            BigDecimal amountDue,
            BigDecimal paid,
            BigDecimal credited,
            BigDecimal rate) {}

    /**
     * An overdue invoice with all that its reminder's decision and claim need: the policy's case, its customer, what
     * it asked less its credit notes ({@code due}), its balance, its dated payments and its contractual rate.
     */
    record Candidate(
            ReminderPolicy.Case policyCase,
            long organisationId,
            Money due,
            Money balance,
            List<DatedAmount> payments,
            BigDecimal contractualRate) {}

    /** The next page after invoice {@code afterId}, as the policy sees it. */
    List<ReminderPolicy.Case> page(long afterId, LocalDate today, int firstDelay, int size) {
        return candidates(afterId, today, firstDelay, size).stream()
                .map(Candidate::policyCase)
                .toList();
    }

    /**
     * The next page after invoice {@code afterId} with what the claims need: four queries whatever the page's size
     * (the invoices, the reminders they had, their plans' instalments, their active allocations).
     */
    List<Candidate> candidates(long afterId, LocalDate today, int firstDelay, int size) {
        List<Row> rows = jdbc.sql(
                        "SELECT i.id, i.due_date, i.disputed, i.paid - COALESCE(p.paid_before, 0) AS paid_since,"
                                + " i.organisation_id, i.amount_due, i.paid, i.credited, i.late_interest_rate,"
                                + " CASE WHEN h.organisation_id IS NULL THEN FALSE ELSE TRUE END AS held,"
                                + " CASE WHEN EXISTS (SELECT 1 FROM billing_reminder_reply c WHERE c.invoice_id = i.id"
                                + " AND c.kind = 'ALREADY_PAID' AND c.reviewed_at IS NULL) THEN TRUE ELSE FALSE END AS awaiting,"
                                + " p.id AS plan_id" + FROM + " AND i.id > :after ORDER BY i.id LIMIT :size")
                .param("limit", today.minusDays(firstDelay))
                .param("after", afterId)
                .param("size", size)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getBoolean("disputed"),
                        rs.getBoolean("held"),
                        rs.getBoolean("awaiting"),
                        (Long) rs.getObject("plan_id", Long.class),
                        rs.getBigDecimal("paid_since"),
                        rs.getLong("organisation_id"),
                        rs.getBigDecimal("amount_due"),
                        rs.getBigDecimal("paid"),
                        rs.getBigDecimal("credited"),
                        rs.getBigDecimal("late_interest_rate")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Set<Integer>> levelsSent = new HashMap<>();
        Map<Long, Set<Integer>> instalmentsReminded = new HashMap<>();
        Map<Long, LocalDate> lastSent = new HashMap<>();
        jdbc.sql("SELECT r.invoice_id, l.position, r.instalment, r.as_of FROM billing_reminder r"
                        + " JOIN billing_reminder_level l ON l.id = r.level_id WHERE r.invoice_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    long invoice = rs.getLong("invoice_id");
                    int instalment = rs.getInt("instalment");
                    if (instalment == 0) {
                        levelsSent
                                .computeIfAbsent(invoice, k -> new HashSet<>())
                                .add(rs.getInt("position"));
                        LocalDate on = rs.getObject("as_of", LocalDate.class);
                        lastSent.merge(invoice, on, (a, b) -> a.isAfter(b) ? a : b);
                    } else {
                        instalmentsReminded
                                .computeIfAbsent(invoice, k -> new HashSet<>())
                                .add(instalment);
                    }
                });
        List<Long> planIds =
                rows.stream().map(Row::planId).filter(id -> id != null).toList();
        Map<Long, List<ReminderPolicy.Instalment>> instalments = new HashMap<>();
        if (!planIds.isEmpty()) {
            jdbc.sql("SELECT plan_id, position, due_on, amount FROM billing_payment_plan_instalment"
                            + " WHERE plan_id IN (:ids) ORDER BY plan_id, position")
                    .param("ids", planIds)
                    .query(rs -> {
                        instalments
                                .computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
                                .add(new ReminderPolicy.Instalment(
                                        rs.getInt("position"),
                                        rs.getObject("due_on", LocalDate.class),
                                        new Money(rs.getBigDecimal("amount"), Money.EUR)));
                    });
        }
        Map<Long, List<DatedAmount>> allocations = new HashMap<>();
        jdbc.sql("SELECT invoice_id, allocated_on, amount FROM billing_payment_allocation"
                        + " WHERE undone_at IS NULL AND invoice_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    allocations
                            .computeIfAbsent(rs.getLong("invoice_id"), k -> new ArrayList<>())
                            .add(new DatedAmount(
                                    rs.getObject("allocated_on", LocalDate.class),
                                    new Money(rs.getBigDecimal("amount"), Money.EUR)));
                });
        return rows.stream()
                .map(row -> new Candidate(
                        new ReminderPolicy.Case(
                                row.id(),
                                row.dueDate(),
                                row.disputed(),
                                row.held(),
                                row.awaiting(),
                                row.planId() == null
                                        ? null
                                        : new ReminderPolicy.Plan(
                                                instalments.getOrDefault(row.planId(), List.of()),
                                                new Money(row.paidSince(), Money.EUR),
                                                instalmentsReminded.getOrDefault(row.id(), Set.of())),
                                levelsSent.getOrDefault(row.id(), Set.of()),
                                lastSent.get(row.id())),
                        row.organisationId(),
                        new Money(row.amountDue().subtract(row.credited()), Money.EUR),
                        new Money(row.amountDue().subtract(row.paid()).subtract(row.credited()), Money.EUR),
                        payments(row, allocations.getOrDefault(row.id(), List.of())),
                        row.rate()))
                .toList();
    }

    /**
     * The invoice's payments as dated amounts, as {@link InvoicePayments} makes them: its active allocations, and
     * whatever of its paid amount they do not explain dated on the due date.
     */
    private static List<DatedAmount> payments(Row row, List<DatedAmount> allocated) {
        List<DatedAmount> paid = new ArrayList<>(allocated);
        BigDecimal accounted = BigDecimal.ZERO;
        for (DatedAmount allocation : allocated) {
            accounted = accounted.add(allocation.amount().amount());
        }
        BigDecimal rest = row.paid().subtract(accounted);
        if (rest.signum() != 0 && row.dueDate() != null) {
            paid.add(new DatedAmount(row.dueDate(), new Money(rest, Money.EUR)));
        }
        return paid;
    }
}
