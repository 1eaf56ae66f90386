package fr.guichet.billing.money;

import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a customer's money stands, read straight from billing's tables for the 360° view and the portal: what is
 * still to pay, what of it is overdue, and the issued invoices (drafts are billing's own work: never shown here).
 * What an invoice still asks = its amount due (less deposits) − what was paid − what its validated credit notes took off.
 */
@Service
@Transactional(readOnly = true)
public class CustomerMoney {

    /** An issued invoice, deposit invoice or credit note: its kind and status names, amounts and what it still asks. */
    public record InvoiceRow(
            long id,
            String kind,
            String number,
            LocalDate issueDate,
            @Nullable LocalDate dueDate,
            String status,
            @Nullable String lifecycle,
            Money totalGross,
            Money open,
            boolean overdue,
            boolean cancelledByCredit) {

        public boolean isCreditNote() {
            return "CREDIT_NOTE".equals(kind);
        }
    }

    /**
     * What the customer still has to pay (negative: owed to them — credit notes on paid invoices, payments not
     * allocated), what of it is past its due date, how many invoices are overdue, and the credit their payments hold
     * unallocated (already taken off {@code due}).
     */
    public record Balance(Money due, Money overdue, int overdueCount, Money credit) {

        public boolean inCustomersFavour() {
            return due.isNegative();
        }
    }

    /** A page of issued invoices, newest first, and where the next (older) page starts, if any. */
    public record InvoicePage(
            List<InvoiceRow> rows, @Nullable Cursor next) {}

    /** A place in the newest-first order: the last row shown (keyset). */
    public record Cursor(LocalDate issueDate, long id) {}

    /** Issued and not paid in full. */
    private static final String UNPAID = "'VALIDATED', 'SENT', 'PARTLY_PAID'";

    /** Numbered: every status but the draft's. */
    private static final String ISSUED = "'VALIDATED', 'SENT', 'PARTLY_PAID', 'PAID'";

    private static final String OPEN = "(i.amount_due - i.paid - i.credited)";

    private static final String ROW = "SELECT i.id, i.kind, i.number, i.issue_date, i.due_date, i.status, i.lifecycle,"
            + " i.total_gross, i.paid, i.credited,"
            + " CASE WHEN i.kind = 'CREDIT_NOTE' THEN 0 ELSE " + OPEN + " END AS open_amount"
            + " FROM billing_invoice i";

    private final JdbcClient jdbc;
    private final PaymentManagement payments;
    private final Clock clock;

    CustomerMoney(JdbcClient jdbc, PaymentManagement payments, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.clock = clock;
    }

    /** Today in France: an invoice is overdue the day after its due date. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    /**
     * What unpaid invoices still ask (less what their credit notes took off), and what paid invoices owe back when a
     * credit note came after their payment (found through the customer's credit notes, never by reading every paid
     * invoice); only the overdue ones are looked at one by one. Read from {@code billing_invoice_money_idx} (V57): a
     * customer with thousands of paid invoices costs its unpaid ones and its credit notes only.
     */
    public Balance balanceOf(long organisationId, LocalDate today) {
        BigDecimal unpaid = jdbc.sql("SELECT COALESCE(SUM(" + OPEN + "), 0) FROM billing_invoice i"
                        + " WHERE i.organisation_id = :organisation AND i.kind IN ('INVOICE', 'DEPOSIT')"
                        + " AND i.status IN (" + UNPAID + ")")
                .param("organisation", organisationId)
                .query(BigDecimal.class)
                .single();
        BigDecimal owedBack = jdbc.sql("SELECT COALESCE(SUM(" + OPEN + "), 0) FROM billing_invoice i"
                        + " WHERE i.status = 'PAID' AND i.id IN (SELECT c.credited_invoice_id FROM billing_invoice c"
                        + " WHERE c.organisation_id = :organisation AND c.kind = 'CREDIT_NOTE'"
                        + " AND c.status IN (" + ISSUED + "))")
                .param("organisation", organisationId)
                .query(BigDecimal.class)
                .single();
        BigDecimal credit = payments.creditOf(organisationId).amount();
        return jdbc.sql("SELECT COALESCE(SUM(t.open_amount), 0), COUNT(*) FROM (SELECT " + OPEN + " AS open_amount"
                        + " FROM billing_invoice i WHERE i.organisation_id = :organisation"
                        + " AND i.kind IN ('INVOICE', 'DEPOSIT') AND i.status IN (" + UNPAID + ")"
                        + " AND i.due_date < :today) t WHERE t.open_amount > 0")
                .param("organisation", organisationId)
                .param("today", today)
                .query((rs, n) -> new Balance(
                        euros(unpaid.add(owedBack).subtract(credit)),
                        euros(rs.getBigDecimal(1)),
                        rs.getInt(2),
                        euros(credit)))
                .single();
    }

    /** The customer's latest issued invoices, newest first. */
    public List<InvoiceRow> latest(long organisationId, int limit, LocalDate today) {
        return page(organisationId, null, limit, today).rows();
    }

    /** A page of the customer's issued invoices, newest first, after {@code after} (none: the first page). */
    public InvoicePage page(long organisationId, @Nullable Cursor after, int size, LocalDate today) {
        String keyset = after == null
                ? ""
                : " AND (i.issue_date < :afterDate OR (i.issue_date = :afterDate AND i.id < :afterId))";
        var statement = jdbc.sql(ROW + " WHERE i.organisation_id = :organisation AND i.status <> 'DRAFT'" + keyset
                        + " ORDER BY i.issue_date DESC, i.id DESC LIMIT :limit")
                .param("organisation", organisationId)
                .param("limit", size + 1);
        if (after != null) {
            statement = statement.param("afterDate", after.issueDate()).param("afterId", after.id());
        }
        List<InvoiceRow> rows = statement.query((rs, n) -> row(rs, today)).list();
        if (rows.size() <= size) {
            return new InvoicePage(rows, null);
        }
        List<InvoiceRow> shown = rows.subList(0, size);
        InvoiceRow last = shown.get(size - 1);
        return new InvoicePage(List.copyOf(shown), new Cursor(last.issueDate(), last.id()));
    }

    /** What the customer still has to pay, invoice by invoice, the oldest due first: where a payment goes. */
    public List<InvoiceRow> unpaid(long organisationId, LocalDate today) {
        return jdbc.sql(ROW + " WHERE i.organisation_id = :organisation AND i.kind IN ('INVOICE', 'DEPOSIT')"
                        + " AND i.status IN (" + UNPAID + ") AND " + OPEN + " > 0 ORDER BY i.due_date, i.id LIMIT 200")
                .param("organisation", organisationId)
                .query((rs, n) -> row(rs, today))
                .list();
    }

    /** The customer's issued invoice with this id; empty when it is a draft or another customer's. */
    public Optional<InvoiceRow> issued(long organisationId, long invoiceId, LocalDate today) {
        return jdbc.sql(ROW + " WHERE i.id = :id AND i.organisation_id = :organisation AND i.status <> 'DRAFT'")
                .param("id", invoiceId)
                .param("organisation", organisationId)
                .query((rs, n) -> row(rs, today))
                .optional();
    }

    private static InvoiceRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        Money open = euros(rs.getBigDecimal("open_amount"));
        return new InvoiceRow(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("number"),
                rs.getObject("issue_date", LocalDate.class),
                due,
                rs.getString("status"),
                rs.getString("lifecycle"),
                euros(rs.getBigDecimal("total_gross")),
                open,
                due != null && due.isBefore(today) && open.amount().signum() > 0,
                !"CREDIT_NOTE".equals(rs.getString("kind"))
                        && rs.getBigDecimal("credited").signum() > 0
                        && rs.getBigDecimal("paid").signum() == 0
                        && open.amount().signum() <= 0);
    }

    private static Money euros(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }
}
