package fr.guichet.billing.sepa;

import fr.guichet.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The batches' and debits' rows. */
@Component
class DebitStore {

    private static final String BATCH_COLUMNS = "id, message_id, collection_date, status, debit_count, total,"
            + " created_at, created_by, closed_at, closed_by";

    private final JdbcClient jdbc;

    DebitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The issued invoices still to pay (not credit notes), due by {@code date}, of customers with an active mandate,
     * not already in a pending or collected debit: oldest first, per customer.
     */
    List<Long> candidates(LocalDate dueBy) {
        return jdbc.sql("SELECT i.id FROM billing_invoice i WHERE i.kind <> 'CREDIT_NOTE'"
                        + " AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
                        + " AND i.amount_due - i.paid - i.credited > 0 AND i.due_date <= :date"
                        + " AND i.organisation_id IN (SELECT m.organisation_id FROM billing_sepa_mandate m"
                        + " WHERE m.status = 'ACTIVE')"
                        + " AND NOT EXISTS (SELECT 1 FROM billing_sepa_debit d WHERE d.invoice_id = i.id"
                        + " AND d.status IN ('PENDING', 'COLLECTED'))"
                        + " ORDER BY i.organisation_id, i.issue_date, i.id")
                .param("date", dueBy)
                .query(Long.class)
                .list();
    }

    long insertBatch(
            String messageId, LocalDate collectionDate, int count, Money total, byte[] file, String by, Instant at) {
        jdbc.sql("INSERT INTO billing_sepa_batch (message_id, collection_date, status, debit_count, total,"
                        + " file_content, created_at, created_by) VALUES (:message, :date, 'READY', :count, :total,"
                        + " :file, :at, :by)")
                .param("message", messageId)
                .param("date", collectionDate)
                .param("count", count)
                .param("total", total.amount())
                .param("file", file)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", MandateStore.cut(by, 100))
                .update();
        return jdbc.sql("SELECT id FROM billing_sepa_batch WHERE message_id = :message")
                .param("message", messageId)
                .query(Long.class)
                .single();
    }

    void insertDebit(
            long batchId,
            long invoiceId,
            String number,
            long organisationId,
            long mandateId,
            SequenceType sequence,
            Money amount) {
        jdbc.sql("INSERT INTO billing_sepa_debit (batch_id, invoice_id, invoice_number, organisation_id, mandate_id,"
                        + " sequence_type, amount, status) VALUES (:batch, :invoice, :number, :organisation,"
                        + " :mandate, :sequence, :amount, 'PENDING')")
                .param("batch", batchId)
                .param("invoice", invoiceId)
                .param("number", number)
                .param("organisation", organisationId)
                .param("mandate", mandateId)
                .param("sequence", sequence.name())
                .param("amount", amount.amount())
                .update();
    }

    Optional<Batch> batch(long id) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM billing_sepa_batch WHERE id = :id")
                .param("id", id)
                .query(DebitStore::batch)
                .optional();
    }

    /** Locks the batch's row until the transaction ends, and reads it. */
    Optional<Batch> lockedBatch(long id) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM billing_sepa_batch WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(DebitStore::batch)
                .optional();
    }

    List<Batch> batches(@Nullable Long before, int size) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM billing_sepa_batch"
                        + (before == null ? "" : " WHERE id < :before") + " ORDER BY id DESC LIMIT " + size)
                .params(before == null ? java.util.Map.of() : java.util.Map.of("before", before))
                .query(DebitStore::batch)
                .list();
    }

    /** The ready batches whose collection date has come. */
    List<Long> readyBy(LocalDate today) {
        return jdbc.sql("SELECT id FROM billing_sepa_batch WHERE status = 'READY' AND collection_date <= :today"
                        + " ORDER BY collection_date, id")
                .param("today", today)
                .query(Long.class)
                .list();
    }

    byte[] file(long batchId) {
        return jdbc.sql("SELECT file_content FROM billing_sepa_batch WHERE id = :id")
                .param("id", batchId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    void closeBatch(long id, Batch.Status status, String by, Instant at) {
        jdbc.sql("UPDATE billing_sepa_batch SET status = :status, closed_at = :at, closed_by = :by WHERE id = :id")
                .param("status", status.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", MandateStore.cut(by, 100))
                .param("id", id)
                .update();
    }

    List<Debit> debitsOf(long batchId) {
        return jdbc.sql("SELECT * FROM billing_sepa_debit WHERE batch_id = :batch ORDER BY id")
                .param("batch", batchId)
                .query(DebitStore::debit)
                .list();
    }

    Optional<Debit> debit(long id) {
        return jdbc.sql("SELECT * FROM billing_sepa_debit WHERE id = :id")
                .param("id", id)
                .query(DebitStore::debit)
                .optional();
    }

    /** The invoice's pending or collected debit, the latest first. */
    Optional<Debit> liveOf(long invoiceId) {
        return jdbc
                .sql("SELECT * FROM billing_sepa_debit WHERE invoice_id = :invoice"
                        + " AND status IN ('PENDING', 'COLLECTED') ORDER BY id DESC")
                .param("invoice", invoiceId)
                .query(DebitStore::debit)
                .stream()
                .findFirst();
    }

    /** The pending or collected debit that carried this end-to-end id (an invoice number), the latest first. */
    Optional<Debit> liveByEndToEndId(String endToEndId) {
        return jdbc
                .sql("SELECT * FROM billing_sepa_debit WHERE invoice_number = :number"
                        + " AND status IN ('PENDING', 'COLLECTED') ORDER BY id DESC")
                .param("number", endToEndId)
                .query(DebitStore::debit)
                .stream()
                .findFirst();
    }

    void collected(long debitId, long paymentId) {
        jdbc.sql("UPDATE billing_sepa_debit SET status = 'COLLECTED', payment_id = :payment WHERE id = :id")
                .param("payment", paymentId)
                .param("id", debitId)
                .update();
    }

    void status(long debitId, Debit.Status status) {
        jdbc.sql("UPDATE billing_sepa_debit SET status = :status WHERE id = :id")
                .param("status", status.name())
                .param("id", debitId)
                .update();
    }

    void rejected(long debitId, String code, LocalDate on, String by) {
        jdbc.sql("UPDATE billing_sepa_debit SET status = 'REJECTED', reason_code = :code, rejected_on = :on,"
                        + " rejected_by = :by WHERE id = :id")
                .param("code", code)
                .param("on", on)
                .param("by", MandateStore.cut(by, 100))
                .param("id", debitId)
                .update();
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Batch(
                rs.getLong("id"),
                rs.getString("message_id"),
                rs.getObject("collection_date", LocalDate.class),
                Batch.Status.valueOf(rs.getString("status")),
                rs.getInt("debit_count"),
                new Money(rs.getBigDecimal("total"), Money.EUR),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                closed == null ? null : closed.toInstant(),
                rs.getString("closed_by"));
    }

    private static Debit debit(ResultSet rs, int n) throws SQLException {
        long payment = rs.getLong("payment_id");
        Long paymentId = rs.wasNull() ? null : payment;
        return new Debit(
                rs.getLong("id"),
                rs.getLong("batch_id"),
                rs.getLong("invoice_id"),
                rs.getString("invoice_number"),
                rs.getLong("organisation_id"),
                rs.getLong("mandate_id"),
                SequenceType.valueOf(rs.getString("sequence_type")),
                new Money(rs.getBigDecimal("amount"), Money.EUR),
                Debit.Status.valueOf(rs.getString("status")),
                paymentId,
                rs.getString("reason_code"),
                rs.getObject("rejected_on", LocalDate.class),
                rs.getString("rejected_by"));
    }
}
