package fr.guichet.billing.internal;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceEvent;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.LifecycleStatus;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every step of every invoice, append-only: the history the invoice page shows and an audit reads. */
@Component
public class InvoiceHistory {

    private static final int BY_MAX = 100;
    private static final int DETAIL_MAX = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    InvoiceHistory(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public void record(Invoice invoice, String change, String by, @Nullable String detail, Instant at) {
        record(invoice, invoice.getStatus(), change, by, detail, at);
    }

    /** A line of many written at once: the invoice's status and lifecycle after that step. */
    public record Line(
            long invoiceId,
            InvoiceStatus status,
            @Nullable LifecycleStatus lifecycle,
            String change,
            @Nullable String detail) {}

    /** Many lines at once, by one person at one moment (a page of a bank statement's payments), in their order. */
    public void recordAll(List<Line> lines, String by, Instant at) {
        if (lines.isEmpty()) {
            return;
        }
        batches.batchUpdate(
                "INSERT INTO billing_invoice_event (invoice_id, occurred_at, by_name, change, status, lifecycle, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                lines,
                1000,
                (statement, line) -> {
                    statement.setLong(1, line.invoiceId());
                    statement.setObject(2, at.atOffset(ZoneOffset.UTC));
                    statement.setString(3, cut(by, BY_MAX));
                    statement.setString(4, line.change());
                    statement.setString(5, line.status().name());
                    if (line.lifecycle() == null) {
                        statement.setNull(6, Types.VARCHAR);
                    } else {
                        statement.setString(6, line.lifecycle().name());
                    }
                    if (line.detail() == null) {
                        statement.setNull(7, Types.VARCHAR);
                    } else {
                        statement.setString(7, cut(line.detail(), DETAIL_MAX));
                    }
                });
    }

    /**
     * The validation's line, written before the number is taken (so that the series' counter is held for as little
     * as possible): the status it is about to have; the number is the invoice's own.
     */
    public void recordValidation(Invoice draft, String by, Instant at) {
        record(draft, InvoiceStatus.VALIDATED, "validated", by, null, at);
    }

    private void record(
            Invoice invoice, InvoiceStatus status, String change, String by, @Nullable String detail, Instant at) {
        jdbc.sql(
                        "INSERT INTO billing_invoice_event (invoice_id, occurred_at, by_name, change, status, lifecycle, detail)"
                                + " VALUES (:invoice, :at, :by, :change, :status, :lifecycle, :detail)")
                .param("invoice", invoice.getId())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", cut(by, BY_MAX))
                .param("change", change)
                .param("status", status.name())
                .param(
                        "lifecycle",
                        invoice.getLifecycle() == null
                                ? null
                                : invoice.getLifecycle().name())
                .param("detail", detail == null ? null : cut(detail, DETAIL_MAX))
                .update();
    }

    /** Oldest first. */
    public List<InvoiceEvent> of(long invoiceId) {
        return jdbc.sql("SELECT * FROM billing_invoice_event WHERE invoice_id = :invoice ORDER BY id")
                .param("invoice", invoiceId)
                .query((rs, n) -> new InvoiceEvent(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("by_name"),
                        rs.getString("change"),
                        InvoiceStatus.valueOf(rs.getString("status")),
                        rs.getString("lifecycle") == null ? null : LifecycleStatus.valueOf(rs.getString("lifecycle")),
                        rs.getString("detail")))
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
