package fr.guichet.billing.internal;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceEvent;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.LifecycleStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every step of every invoice, append-only: the history the invoice page shows and an audit reads. */
@Component
public class InvoiceHistory {

    private static final int BY_MAX = 100;
    private static final int DETAIL_MAX = 500;

    private final JdbcClient jdbc;

    InvoiceHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Invoice invoice, String change, String by, @Nullable String detail, Instant at) {
        record(invoice, invoice.getStatus(), change, by, detail, at);
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
