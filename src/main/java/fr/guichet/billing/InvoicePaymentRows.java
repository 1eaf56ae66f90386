package fr.guichet.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The invoices' rows as many allocations at once read and write them ({@link InvoiceManagement#allocatePayments}):
 * their payment state locked in their ids' order, then written back together.
 */
@Component
class InvoicePaymentRows {

    /** Ids in one lock query (well under what a statement takes as parameters). */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    InvoicePaymentRows(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Locks the invoices' rows until the transaction ends, in ascending ids (the order single payments lock them too:
     * nobody waits on anybody in a circle), and reads their payment state; ids of no invoice are left out.
     */
    List<Invoice> lock(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<Invoice> locked = new ArrayList<>(sorted.size());
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            locked.addAll(jdbc.sql("SELECT id, kind, status, lifecycle, lifecycle_reason, number, organisation_id,"
                            + " amount_due, paid, credited FROM billing_invoice WHERE id IN (:ids) ORDER BY id"
                            + " FOR UPDATE")
                    .param("ids", sorted.subList(from, Math.min(sorted.size(), from + CHUNK)))
                    .query(InvoicePaymentRows::state)
                    .list());
        }
        return locked;
    }

    /** Writes back what payments changed: what was paid, the status and lifecycle; the version moves on. */
    void write(Collection<Invoice> invoices, Instant at) {
        batches.batchUpdate(
                "UPDATE billing_invoice SET paid = ?, status = ?, lifecycle = ?, lifecycle_reason = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ?",
                List.copyOf(invoices),
                CHUNK,
                (statement, invoice) -> {
                    statement.setBigDecimal(1, invoice.paidAmount().amount());
                    statement.setString(2, invoice.getStatus().name());
                    if (invoice.getLifecycle() == null) {
                        statement.setNull(3, Types.VARCHAR);
                    } else {
                        statement.setString(3, invoice.getLifecycle().name());
                    }
                    if (invoice.getLifecycleReason() == null) {
                        statement.setNull(4, Types.VARCHAR);
                    } else {
                        statement.setString(4, invoice.getLifecycleReason());
                    }
                    statement.setObject(5, at.atOffset(ZoneOffset.UTC));
                    statement.setLong(6, invoice.getId());
                });
    }

    private static Invoice state(ResultSet rs, int n) throws SQLException {
        String lifecycle = rs.getString("lifecycle");
        return Invoice.paymentState(
                rs.getLong("id"),
                InvoiceKind.valueOf(rs.getString("kind")),
                InvoiceStatus.valueOf(rs.getString("status")),
                lifecycle == null ? null : LifecycleStatus.valueOf(lifecycle),
                rs.getString("lifecycle_reason"),
                rs.getString("number"),
                rs.getLong("organisation_id"),
                rs.getBigDecimal("amount_due"),
                rs.getBigDecimal("paid"),
                rs.getBigDecimal("credited"));
    }
}
