package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The invoices a reminder run looks at, a page at a time in the order of their ids (keyset: a run over a million open
 * invoices never holds more than a page): issued, not a credit note, something still to pay, and past their due date
 * by the first level's delay (or under a payment plan), not being collected by a SEPA direct debit (pending in a batch,
 * or collected; once it comes back rejected, the invoice is reminded again) — each with what {@link ReminderPolicy} and
 * the claim need, read in one query per page.
 */
@Component
class OverdueInvoices {

    private static final String BASE = " FROM billing_invoice i"
            + " LEFT JOIN billing_account_hold h ON h.organisation_id = i.organisation_id"
            + " LEFT JOIN billing_payment_plan p ON p.active_invoice_id = i.id"
            + " WHERE i.kind <> 'CREDIT_NOTE' AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
            + " AND i.amount_due - i.paid - i.credited > 0"
            // being collected by SEPA direct debit (in a batch, or collected and not come back): not reminded
            + " AND NOT EXISTS (SELECT 1 FROM billing_sepa_debit d WHERE d.invoice_id = i.id"
            + " AND d.status IN ('PENDING', 'COLLECTED'))";
    private static final String FROM = BASE + " AND (i.due_date <= :limit OR p.id IS NOT NULL)";

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
            BigDecimal rate,
            @Nullable String reminded,
            @Nullable String instalments,
            @Nullable String allocations) {}

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

    /**
     * Where a run is in its pages: first the invoices overdue by date, in the order of (due date, id) — index
     * {@code billing_invoice_due_idx}, which reads only invoices past that date, as the set-based SQL does — then
     * those under a payment plan not overdue by date, in the order of their ids.
     */
    record Position(boolean plans, @Nullable LocalDate dueDate, long id) {

        static final Position START = new Position(false, null, 0);
    }

    /** A page of candidates and where the next one starts (none after the last). */
    record Page(List<Candidate> candidates, @Nullable Position next) {}

    /** The page at {@code at}. */
    Page page(Position at, LocalDate today, int firstDelay, int size) {
        LocalDate limit = today.minusDays(firstDelay);
        if (!at.plans()) {
            List<Candidate> overdue = at.dueDate() == null
                    ? candidates(PAGE + " AND i.due_date <= :limit" + BY_DUE_DATE, limit, null, 0, size)
                    : candidates(
                            PAGE + " AND i.due_date <= :limit AND (i.due_date, i.id) > (:due, :after)" + BY_DUE_DATE,
                            limit,
                            at.dueDate(),
                            at.id(),
                            size);
            if (!overdue.isEmpty()) {
                Candidate last = overdue.get(overdue.size() - 1);
                return new Page(
                        overdue,
                        overdue.size() < size
                                ? new Position(true, null, 0)
                                : new Position(
                                        false,
                                        last.policyCase().dueDate(),
                                        last.policyCase().invoiceId()));
            }
        }
        List<Candidate> planned = candidates(
                PAGE + " AND p.id IS NOT NULL AND (i.due_date IS NULL OR i.due_date > :limit) AND i.id > :after"
                        + " ORDER BY i.id LIMIT :size",
                limit,
                null,
                at.plans() ? at.id() : 0,
                size);
        return new Page(
                planned,
                planned.size() < size
                        ? null
                        : new Position(
                                true,
                                null,
                                planned.get(planned.size() - 1).policyCase().invoiceId()));
    }

    /**
     * A page with what the claims need, in one query whatever the page's size:
     * the reminders each invoice had, its plan's instalments and its active allocations come as three text columns
     * aggregated by {@code STRING_AGG} (PostgreSQL and H2 in PostgreSQL mode both have it), one item per
     * {@value #ITEM}, fields separated by a space.
     */
    private List<Candidate> candidates(String sql, LocalDate limit, @Nullable LocalDate due, long after, int size) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("limit", limit).param("size", size);
        if (sql.contains(":after")) {
            statement = statement.param("after", after);
        }
        if (due != null) {
            statement = statement.param("due", due);
        }
        List<Row> rows = statement
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
                        rs.getBigDecimal("late_interest_rate"),
                        rs.getString("reminded"),
                        rs.getString("instalments"),
                        rs.getString("allocations")))
                .list();
        List<Candidate> page = new ArrayList<>(rows.size());
        for (Row row : rows) {
            page.add(candidate(row));
        }
        return page;
    }

    private static final String ITEM = ";";

    private static final String PAGE =
            "SELECT i.id, i.due_date, i.disputed, i.paid - COALESCE(p.paid_before, 0) AS paid_since,"
                    + " i.organisation_id, i.amount_due, i.paid, i.credited, i.late_interest_rate,"
                    + " CASE WHEN h.organisation_id IS NULL THEN FALSE ELSE TRUE END AS held,"
                    + " CASE WHEN EXISTS (SELECT 1 FROM billing_reminder_reply c WHERE c.invoice_id = i.id"
                    + " AND c.kind = 'ALREADY_PAID' AND c.reviewed_at IS NULL) THEN TRUE ELSE FALSE END AS awaiting,"
                    + " p.id AS plan_id,"
                    // the levels (instalment 0) and instalments already reminded: position, instalment, day
                    + " (SELECT STRING_AGG(CAST(l.position AS VARCHAR) || ' ' || CAST(r.instalment AS VARCHAR) || ' '"
                    + " || CAST(r.as_of AS VARCHAR), '" + ITEM + "') FROM billing_reminder r"
                    + " JOIN billing_reminder_level l ON l.id = r.level_id WHERE r.invoice_id = i.id) AS reminded,"
                    // the plan's instalments in their order: position, day, amount
                    + " (SELECT STRING_AGG(CAST(n.position AS VARCHAR) || ' ' || CAST(n.due_on AS VARCHAR) || ' '"
                    + " || CAST(n.amount AS VARCHAR), '" + ITEM + "' ORDER BY n.position)"
                    + " FROM billing_payment_plan_instalment n WHERE n.plan_id = p.id) AS instalments,"
                    // the active allocations: day, amount
                    + " (SELECT STRING_AGG(CAST(a.allocated_on AS VARCHAR) || ' ' || CAST(a.amount AS VARCHAR), '"
                    + ITEM + "')"
                    + " FROM billing_payment_allocation a WHERE a.invoice_id = i.id AND a.undone_at IS NULL) AS allocations"
                    + BASE;

    private static final String BY_DUE_DATE = " ORDER BY i.due_date, i.id LIMIT :size";

    private static Candidate candidate(Row row) {
        Set<Integer> levelsSent = new HashSet<>();
        Set<Integer> instalmentsReminded = new HashSet<>();
        LocalDate lastSent = null;
        for (String[] item : items(row.reminded())) {
            int instalment = Integer.parseInt(item[1]);
            if (instalment == 0) {
                levelsSent.add(Integer.parseInt(item[0]));
                LocalDate on = LocalDate.parse(item[2]);
                lastSent = lastSent == null || on.isAfter(lastSent) ? on : lastSent;
            } else {
                instalmentsReminded.add(instalment);
            }
        }
        ReminderPolicy.Plan plan = null;
        if (row.planId() != null) {
            List<ReminderPolicy.Instalment> instalments = new ArrayList<>();
            for (String[] item : items(row.instalments())) {
                instalments.add(new ReminderPolicy.Instalment(
                        Integer.parseInt(item[0]),
                        LocalDate.parse(item[1]),
                        new Money(new BigDecimal(item[2]), Money.EUR)));
            }
            plan = new ReminderPolicy.Plan(instalments, new Money(row.paidSince(), Money.EUR), instalmentsReminded);
        }
        List<DatedAmount> allocations = new ArrayList<>();
        for (String[] item : items(row.allocations())) {
            allocations.add(new DatedAmount(LocalDate.parse(item[0]), new Money(new BigDecimal(item[1]), Money.EUR)));
        }
        return new Candidate(
                new ReminderPolicy.Case(
                        row.id(),
                        row.dueDate(),
                        row.disputed(),
                        row.held(),
                        row.awaiting(),
                        plan,
                        levelsSent,
                        lastSent),
                row.organisationId(),
                new Money(row.amountDue().subtract(row.credited()), Money.EUR),
                new Money(row.amountDue().subtract(row.paid()).subtract(row.credited()), Money.EUR),
                payments(row, allocations),
                row.rate());
    }

    /** An aggregated column's items, each split into its fields; none when the column is NULL (nothing to join). */
    private static List<String[]> items(@Nullable String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return List.of();
        }
        List<String[]> items = new ArrayList<>();
        for (String item : aggregated.split(ITEM)) {
            items.add(item.strip().split(" "));
        }
        return items;
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
