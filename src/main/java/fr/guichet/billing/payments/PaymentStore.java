package fr.guichet.billing.payments;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Payments and their allocations in their tables (V61): written and read with plain SQL. */
@Component
class PaymentStore {

    /** A payment row with the sum of its active allocations. */
    private static final String PAYMENT = "SELECT p.*, COALESCE((SELECT SUM(a.amount) FROM billing_payment_allocation a"
            + " WHERE a.payment_id = p.id AND a.undone_at IS NULL), 0) AS allocated FROM billing_payment p";

    private static final String ALLOCATION = "SELECT a.*, i.number AS invoice_number, p.method, p.reference"
            + " FROM billing_payment_allocation a JOIN billing_payment p ON p.id = a.payment_id"
            + " JOIN billing_invoice i ON i.id = a.invoice_id";

    /** Rows in one batch. */
    private static final int BATCH = 1000;

    private static final String INSERT = "INSERT INTO billing_payment (organisation_id, received_on, amount, method,"
            + " reference, payer_name, payer_iban, statement_entry_id, notes, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    PaymentStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Many payments at once, in batches; their ids in the order given. */
    List<Long> insertAll(List<NewPayment> payments, String by, Instant at) {
        List<Long> ids = new ArrayList<>(payments.size());
        for (int from = 0; from < payments.size(); from += BATCH) {
            List<NewPayment> chunk = payments.subList(from, Math.min(payments.size(), from + BATCH));
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            batches.batchUpdate(
                    connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement statement, int i) throws SQLException {
                            NewPayment payment = chunk.get(i);
                            statement.setLong(1, payment.organisationId());
                            statement.setObject(2, payment.receivedOn());
                            statement.setBigDecimal(3, payment.amount().amount());
                            statement.setString(4, payment.method().name());
                            text(statement, 5, payment.reference());
                            text(statement, 6, payment.payerName());
                            text(statement, 7, payment.payerIban());
                            if (payment.statementEntryId() == null) {
                                statement.setNull(8, Types.BIGINT);
                            } else {
                                statement.setLong(8, payment.statementEntryId());
                            }
                            text(statement, 9, payment.notes());
                            statement.setString(10, by);
                            statement.setObject(11, at.atOffset(ZoneOffset.UTC));
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    },
                    keys);
            for (Map<String, Object> key : keys.getKeyList()) {
                ids.add(((Number) key.values().iterator().next()).longValue());
            }
        }
        if (ids.size() != payments.size()) {
            throw new IllegalStateException("Payments stored " + payments.size() + ", ids read " + ids.size());
        }
        return ids;
    }

    /** An allocation of many written at once. */
    record NewRow(long paymentId, long invoiceId, Money amount, LocalDate on) {}

    /** Many allocations at once, in batches. */
    void allocateAll(List<NewRow> rows, String by, Instant at) {
        batches.batchUpdate(
                "INSERT INTO billing_payment_allocation (payment_id, invoice_id, amount, allocated_on, allocated_at,"
                        + " allocated_by) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
                BATCH,
                (statement, row) -> {
                    statement.setLong(1, row.paymentId());
                    statement.setLong(2, row.invoiceId());
                    statement.setBigDecimal(3, row.amount().amount());
                    statement.setObject(4, row.on());
                    statement.setObject(5, at.atOffset(ZoneOffset.UTC));
                    statement.setString(6, by);
                });
    }

    private static void text(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    long insert(NewPayment payment, String by, Instant at) {
        return insert(payment, by, at, null);
    }

    /** @param submission the key of the form or call that sent it: a second insert with it fails on its unique index */
    long insert(NewPayment payment, String by, Instant at, @Nullable String submission) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_payment (organisation_id, received_on, amount, method, reference, payer_name,"
                        + " payer_iban, statement_entry_id, notes, recorded_by, recorded_at, submission_key)"
                        + " VALUES (:organisation, :receivedOn, :amount, :method, :reference, :payerName,"
                        + " :payerIban, :entry, :notes, :by, :at, :submission)")
                .param("organisation", payment.organisationId())
                .param("receivedOn", payment.receivedOn())
                .param("amount", payment.amount().amount())
                .param("method", payment.method().name())
                .param("reference", payment.reference())
                .param("payerName", payment.payerName())
                .param("payerIban", payment.payerIban())
                .param("entry", payment.statementEntryId())
                .param("notes", payment.notes())
                .param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("submission", submission)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The payment a form or call with this key recorded, if any. */
    Optional<Long> bySubmission(String submission) {
        return jdbc.sql("SELECT id FROM billing_payment WHERE submission_key = :submission")
                .param("submission", submission)
                .query(Long.class)
                .optional();
    }

    /** Locks the payment's row until the transaction ends: its allocations are made one after the other. */
    boolean lock(long paymentId) {
        return jdbc.sql("SELECT id FROM billing_payment WHERE id = :id FOR UPDATE")
                .param("id", paymentId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    Optional<Payment> find(long paymentId) {
        return jdbc.sql(PAYMENT + " WHERE p.id = :id")
                .param("id", paymentId)
                .query((rs, n) -> payment(rs))
                .optional();
    }

    long allocate(long paymentId, long invoiceId, Money amount, LocalDate on, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_payment_allocation (payment_id, invoice_id, amount, allocated_on, allocated_at,"
                        + " allocated_by) VALUES (:payment, :invoice, :amount, :on, :at, :by)")
                .param("payment", paymentId)
                .param("invoice", invoiceId)
                .param("amount", amount.amount())
                .param("on", on)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The allocation, its row locked until the transaction ends (an undo at a time). */
    Optional<Allocation> lockAllocation(long allocationId) {
        return jdbc.sql("SELECT id FROM billing_payment_allocation WHERE id = :id FOR UPDATE")
                .param("id", allocationId)
                .query(Long.class)
                .optional()
                .flatMap(id -> allocation(id));
    }

    Optional<Allocation> allocation(long allocationId) {
        return jdbc.sql(ALLOCATION + " WHERE a.id = :id")
                .param("id", allocationId)
                .query((rs, n) -> allocation(rs))
                .optional();
    }

    void undo(long allocationId, String reason, String by, Instant at) {
        jdbc.sql("UPDATE billing_payment_allocation SET undone_at = :at, undone_by = :by, undo_reason = :reason"
                        + " WHERE id = :id AND undone_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("reason", reason)
                .param("id", allocationId)
                .update();
    }

    List<Allocation> allocationsOfInvoice(long invoiceId) {
        return jdbc.sql(ALLOCATION + " WHERE a.invoice_id = :invoice ORDER BY a.allocated_on, a.id")
                .param("invoice", invoiceId)
                .query((rs, n) -> allocation(rs))
                .list();
    }

    List<Allocation> allocationsOfPayment(long paymentId) {
        return jdbc.sql(ALLOCATION + " WHERE a.payment_id = :payment ORDER BY a.id")
                .param("payment", paymentId)
                .query((rs, n) -> allocation(rs))
                .list();
    }

    /** What the customer's payments leave unallocated, all together. */
    Money creditOf(long organisationId) {
        BigDecimal received = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM billing_payment"
                        + " WHERE organisation_id = :organisation")
                .param("organisation", organisationId)
                .query(BigDecimal.class)
                .single();
        BigDecimal allocated = jdbc.sql("SELECT COALESCE(SUM(a.amount), 0) FROM billing_payment_allocation a"
                        + " JOIN billing_payment p ON p.id = a.payment_id"
                        + " WHERE p.organisation_id = :organisation AND a.undone_at IS NULL")
                .param("organisation", organisationId)
                .query(BigDecimal.class)
                .single();
        return new Money(received.subtract(allocated), Money.EUR);
    }

    /** The customer's payments that still hold credit, oldest first. */
    List<Payment> withCredit(long organisationId) {
        return jdbc.sql("SELECT * FROM (" + PAYMENT + " WHERE p.organisation_id = :organisation) t"
                        + " WHERE t.amount > 0 AND t.amount > t.allocated ORDER BY t.received_on, t.id")
                .param("organisation", organisationId)
                .query((rs, n) -> payment(rs))
                .list();
    }

    /** A page of payments, newest first, after the cursor (none: the first page). */
    List<Payment> page(PaymentManagement.Filter filter, PaymentManagement.@Nullable Cursor after, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.organisationId() != null) {
            where.append(" AND p.organisation_id = :organisation");
        }
        if (filter.method() != null) {
            where.append(" AND p.method = :method");
        }
        if (filter.from() != null) {
            where.append(" AND p.received_on >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND p.received_on <= :to");
        }
        if (after != null) {
            where.append(" AND (p.received_on < :afterDate OR (p.received_on = :afterDate AND p.id < :afterId))");
        }
        String sql = "SELECT * FROM (" + PAYMENT + where + " ORDER BY p.received_on DESC, p.id DESC) t";
        if (filter.withCredit()) {
            sql += " WHERE t.amount > 0 AND t.amount > t.allocated";
        }
        var statement = jdbc.sql(sql + " ORDER BY t.received_on DESC, t.id DESC LIMIT :limit")
                .param("limit", limit);
        if (filter.organisationId() != null) {
            statement = statement.param("organisation", filter.organisationId());
        }
        if (filter.method() != null) {
            statement = statement.param("method", filter.method().name());
        }
        if (filter.from() != null) {
            statement = statement.param("from", filter.from());
        }
        if (filter.to() != null) {
            statement = statement.param("to", filter.to());
        }
        if (after != null) {
            statement = statement.param("afterDate", after.receivedOn()).param("afterId", after.id());
        }
        return statement.query((rs, n) -> payment(rs)).list();
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        long entryValue = rs.getLong("statement_entry_id");
        Long entry = rs.wasNull() ? null : entryValue;
        return new Payment(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getObject("received_on", LocalDate.class),
                euros(rs.getBigDecimal("amount")),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("reference"),
                rs.getString("payer_name"),
                rs.getString("payer_iban"),
                entry,
                rs.getString("notes"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                euros(rs.getBigDecimal("allocated")));
    }

    private static Allocation allocation(ResultSet rs) throws SQLException {
        OffsetDateTime undone = rs.getObject("undone_at", OffsetDateTime.class);
        return new Allocation(
                rs.getLong("id"),
                rs.getLong("payment_id"),
                rs.getLong("invoice_id"),
                rs.getString("invoice_number"),
                euros(rs.getBigDecimal("amount")),
                rs.getObject("allocated_on", LocalDate.class),
                rs.getObject("allocated_at", OffsetDateTime.class).toInstant(),
                rs.getString("allocated_by"),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("reference"),
                undone == null ? null : undone.toInstant(),
                rs.getString("undone_by"),
                rs.getString("undo_reason"));
    }

    private static Money euros(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }
}
