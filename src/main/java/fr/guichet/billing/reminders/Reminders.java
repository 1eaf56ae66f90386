package fr.guichet.billing.reminders;

import fr.guichet.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reminders sent, as the invoice's page, the 360° view and the portal read them. */
@Service
@Transactional(readOnly = true)
public class Reminders {

    private static final String ROW = "SELECT r.id, r.invoice_id, i.number, r.organisation_id, r.level_id, l.position,"
            + " l.code, r.instalment, r.as_of, r.sent_at, r.sent_by, r.balance, r.interest, r.indemnity, r.recipient,"
            + " CASE WHEN r.pdf IS NULL THEN FALSE ELSE TRUE END AS has_letter"
            + " FROM billing_reminder r JOIN billing_invoice i ON i.id = r.invoice_id"
            + " JOIN billing_reminder_level l ON l.id = r.level_id";

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An invoice's reminders, oldest first. */
    public List<Reminder> ofInvoice(long invoiceId) {
        return jdbc.sql(ROW + " WHERE r.invoice_id = :id ORDER BY r.sent_at, r.id")
                .param("id", invoiceId)
                .query(Reminders::row)
                .list();
    }

    /** The reminders of these invoices, by invoice, oldest first (the portal's page of invoices). */
    public Map<Long, List<Reminder>> ofInvoices(Collection<Long> invoiceIds) {
        Map<Long, List<Reminder>> byInvoice = new LinkedHashMap<>();
        if (invoiceIds.isEmpty()) {
            return byInvoice;
        }
        jdbc.sql(ROW + " WHERE r.invoice_id IN (:ids) ORDER BY r.sent_at, r.id")
                .param("ids", invoiceIds)
                .query(Reminders::row)
                .list()
                .forEach(r -> byInvoice
                        .computeIfAbsent(r.invoiceId(), id -> new java.util.ArrayList<>())
                        .add(r));
        return byInvoice;
    }

    /** The last reminder of each of a customer's invoices still unpaid, newest first (the 360° view). */
    public List<Reminder> lastOfUnpaidInvoices(long organisationId, int limit) {
        return jdbc.sql(ROW + " WHERE r.organisation_id = :org"
                        + " AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
                        + " AND NOT EXISTS (SELECT 1 FROM billing_reminder later WHERE later.invoice_id = r.invoice_id"
                        + " AND (later.sent_at > r.sent_at OR (later.sent_at = r.sent_at AND later.id > r.id)))"
                        + " ORDER BY r.sent_at DESC, r.id DESC LIMIT :limit")
                .param("org", organisationId)
                .param("limit", limit)
                .query(Reminders::row)
                .list();
    }

    public Optional<Reminder> find(long id) {
        return jdbc.sql(ROW + " WHERE r.id = :id")
                .param("id", id)
                .query(Reminders::row)
                .optional();
    }

    /** The letter of a reminder, as it was sent. */
    public Optional<byte[]> letter(long id) {
        return jdbc.sql("SELECT pdf FROM billing_reminder WHERE id = :id AND pdf IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> rs.getBytes("pdf"))
                .optional();
    }

    private static Reminder row(ResultSet rs, int n) throws SQLException {
        return new Reminder(
                rs.getLong("id"),
                rs.getLong("invoice_id"),
                rs.getString("number"),
                rs.getLong("organisation_id"),
                rs.getLong("level_id"),
                rs.getInt("position"),
                rs.getString("code"),
                rs.getInt("instalment"),
                rs.getObject("as_of", java.time.LocalDate.class),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                rs.getString("sent_by"),
                new Money(rs.getBigDecimal("balance"), Money.EUR),
                new Money(rs.getBigDecimal("interest"), Money.EUR),
                new Money(rs.getBigDecimal("indemnity"), Money.EUR),
                rs.getString("recipient"),
                rs.getBoolean("has_letter"));
    }
}
