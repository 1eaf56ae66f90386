package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.internal.InvoiceHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invoice under dispute ("litige"): billing says why, and the invoice gets no reminder until billing lifts the
 * dispute; both steps are in the invoice's history.
 */
@Service
@Transactional
public class InvoiceDisputes {

    public static final int REASON_MAX = 500;

    /** Why and since when an invoice is disputed, and who said so. */
    public record Dispute(String reason, Instant since, String by) {}

    private final JdbcClient jdbc;
    private final InvoiceManagement invoices;
    private final InvoiceHistory history;
    private final Clock clock;

    InvoiceDisputes(JdbcClient jdbc, InvoiceManagement invoices, InvoiceHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Dispute> of(long invoiceId) {
        return jdbc.sql("SELECT dispute_reason, disputed_at, disputed_by FROM billing_invoice"
                        + " WHERE id = :id AND disputed = TRUE")
                .param("id", invoiceId)
                .query((rs, n) -> new Dispute(
                        rs.getString("dispute_reason"),
                        rs.getObject("disputed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("disputed_by")))
                .optional();
    }

    /** Puts an issued invoice under dispute (or changes the reason of its dispute). */
    public void dispute(long invoiceId, @Nullable String reason, String by) {
        Invoice invoice = invoices.get(invoiceId);
        if (!invoice.getStatus().isIssued() || invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
            throw new BillingRuleViolation("reason", "reminders.dispute.error.not-issued");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BillingRuleViolation("reason", "reminders.dispute.error.reason");
        }
        if (why.length() > REASON_MAX) {
            throw new BillingRuleViolation("reason", "reminders.dispute.error.long", REASON_MAX);
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE billing_invoice SET disputed = TRUE, dispute_reason = :reason, disputed_at = :at,"
                        + " disputed_by = :by WHERE id = :id")
                .param("reason", why)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("id", invoiceId)
                .update();
        history.record(invoice, "disputed", by, why, now);
    }

    /** Lifts the dispute: the invoice is reminded again from the next run. */
    public void lift(long invoiceId, String by) {
        Invoice invoice = invoices.get(invoiceId);
        int lifted = jdbc.sql("UPDATE billing_invoice SET disputed = FALSE, dispute_reason = NULL, disputed_at = NULL,"
                        + " disputed_by = NULL WHERE id = :id AND disputed = TRUE")
                .param("id", invoiceId)
                .update();
        if (lifted == 0) {
            throw new BillingRuleViolation("reason", "reminders.dispute.error.none");
        }
        history.record(invoice, "dispute-lifted", by, null, clock.instant());
    }
}
