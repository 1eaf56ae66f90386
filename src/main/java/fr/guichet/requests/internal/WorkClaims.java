package fr.guichet.requests.internal;

import fr.guichet.requests.WorkToInvoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is left to invoice, and billing's claims on it. A claim sets the invoice on entries that have none, in the
 * transaction that drafts the invoice: the entries are locked first ({@link #lock}, in id order so that two clerks
 * never wait on each other crosswise), so a second clerk waits for the first one's commit and then finds them
 * claimed.
 */
@Component
public class WorkClaims {

    private final JdbcClient jdbc;

    WorkClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkToInvoice> summaries() {
        return jdbc.sql("""
                        SELECT organisation_id, COUNT(*) AS entries, SUM(ROUND(quantity * unit_price, 2)) AS net,
                               MIN(worked_on) AS oldest, MAX(worked_on) AS latest
                          FROM requests_work_entry
                         WHERE billable = TRUE AND invoice_id IS NULL AND organisation_id IS NOT NULL
                         GROUP BY organisation_id
                         ORDER BY MIN(worked_on), organisation_id
                        """)
                .query((rs, n) -> new WorkToInvoice(
                        rs.getLong("organisation_id"),
                        rs.getInt("entries"),
                        rs.getBigDecimal("net"),
                        rs.getObject("oldest", LocalDate.class),
                        rs.getObject("latest", LocalDate.class)))
                .list();
    }

    /** The ids of one customer's billable entries not yet invoiced, oldest first. */
    public List<Long> open(long organisationId) {
        return jdbc.sql("""
                        SELECT id FROM requests_work_entry
                         WHERE organisation_id = :org AND billable = TRUE AND invoice_id IS NULL
                         ORDER BY worked_on, id
                        """).param("org", organisationId).query(Long.class).list();
    }

    /** Locks these entries until the transaction ends, and answers which of them are still open to invoice. */
    public List<Long> lock(long organisationId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT id, billable, invoice_id FROM requests_work_entry
                         WHERE organisation_id = :org AND id IN (:ids)
                         ORDER BY id FOR UPDATE
                        """)
                .param("org", organisationId)
                .param("ids", ids)
                .query()
                .listOfRows();
        return rows.stream()
                .filter(row -> Boolean.TRUE.equals(row.get("billable")) && row.get("invoice_id") == null)
                .map(row -> ((Number) row.get("id")).longValue())
                .collect(Collectors.toList());
    }

    /** Sets the invoice on those of the entries that have none; answers how many it set. */
    public int claim(Collection<Long> ids, long invoiceId, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE requests_work_entry
                           SET invoice_id = :invoice, invoiced_at = :now, version = version + 1
                         WHERE id IN (:ids) AND invoice_id IS NULL AND billable = TRUE
                        """)
                .param("invoice", invoiceId)
                .param("now", java.sql.Timestamp.from(now))
                .param("ids", ids)
                .update();
    }

    /** The invoice's entries are free again (its draft was deleted): they return to the "to invoice" list. */
    public int release(long invoiceId) {
        return jdbc.sql("""
                        UPDATE requests_work_entry
                           SET invoice_id = NULL, invoiced_at = NULL, version = version + 1
                         WHERE invoice_id = :invoice
                        """).param("invoice", invoiceId).update();
    }

    /**
     * The invoice's entries other than {@code kept} are free again (their lines were taken off its draft); answers how
     * many.
     */
    public int keepOnly(long invoiceId, Collection<Long> kept) {
        if (kept.isEmpty()) {
            return release(invoiceId);
        }
        return jdbc.sql("""
                        UPDATE requests_work_entry
                           SET invoice_id = NULL, invoiced_at = NULL, version = version + 1
                         WHERE invoice_id = :invoice AND id NOT IN (:kept)
                        """).param("invoice", invoiceId).param("kept", kept).update();
    }

    /** The invoices that billed work of this request, oldest first. */
    public List<Long> invoicesOf(long requestId) {
        return jdbc.sql("""
                        SELECT invoice_id FROM requests_work_entry
                         WHERE request_id = :request AND invoice_id IS NOT NULL
                         GROUP BY invoice_id ORDER BY MIN(invoiced_at), invoice_id
                        """).param("request", requestId).query(Long.class).list();
    }

    /** The references of these requests, by id. */
    public Map<Long, String> references(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT id, reference FROM requests_request WHERE id IN (:ids)")
                .param("ids", requestIds)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("reference")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
