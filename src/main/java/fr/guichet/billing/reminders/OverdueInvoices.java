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
 * by the first level's delay (or under a payment plan) — each with what {@link ReminderPolicy} needs, read in three
 * queries per page.
 */
@Component
class OverdueInvoices {

    private static final String FROM = " FROM billing_invoice i"
            + " LEFT JOIN billing_account_hold h ON h.organisation_id = i.organisation_id"
            + " LEFT JOIN billing_payment_plan p ON p.active_invoice_id = i.id"
            + " WHERE i.kind <> 'CREDIT_NOTE' AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
            + " AND i.amount_due - i.paid - i.credited > 0 AND (i.due_date <= :limit OR p.id IS NOT NULL)";

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
            BigDecimal paidSince) {}

    /** The next page after invoice {@code afterId}. */
    List<ReminderPolicy.Case> page(long afterId, LocalDate today, int firstDelay, int size) {
        List<Row> rows = jdbc.sql(
                        "SELECT i.id, i.due_date, i.disputed, i.paid - COALESCE(p.paid_before, 0) AS paid_since,"
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
                        rs.getBigDecimal("paid_since")))
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
        return rows.stream()
                .map(row -> new ReminderPolicy.Case(
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
                        lastSent.get(row.id())))
                .toList();
    }
}
