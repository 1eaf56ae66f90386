package fr.guichet.billing.recurring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The periods of contracts already invoiced ({@code billing_contract_period}): one row per contract and first day,
 * written in the transaction that drafts the period's invoice, so that the primary key refuses a second one.
 */
@Repository
class InvoicedPeriods {

    private final JdbcClient jdbc;

    InvoicedPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last day invoiced of every contract that has an invoiced period. */
    Map<Long, LocalDate> billedThrough() {
        Map<Long, LocalDate> through = new HashMap<>();
        jdbc.sql("SELECT contract_id, MAX(period_to) AS through FROM billing_contract_period GROUP BY contract_id")
                .query((rs, n) -> through.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        return through;
    }

    /**
     * Claims the period for this transaction; a {@link org.springframework.dao.DuplicateKeyException} when it is
     * already invoiced (by an earlier run, or another instance at this moment: then after its commit).
     */
    void claim(long contractId, LocalDate from, LocalDate to, Instant now, String by) {
        jdbc.sql("INSERT INTO billing_contract_period (contract_id, period_from, period_to, created_at, created_by)"
                        + " VALUES (:contract, :from, :to, :at, :by)")
                .param("contract", contractId)
                .param("from", from)
                .param("to", to)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("by", by)
                .update();
    }

    void invoiced(long contractId, LocalDate from, long invoiceId) {
        jdbc.sql("UPDATE billing_contract_period SET invoice_id = :invoice WHERE contract_id = :contract"
                        + " AND period_from = :from")
                .param("invoice", invoiceId)
                .param("contract", contractId)
                .param("from", from)
                .update();
    }

    /** A contract's invoiced periods, oldest first. */
    List<InvoicedPeriod> of(long contractId) {
        return jdbc.sql("SELECT period_from, period_to, invoice_id FROM billing_contract_period"
                        + " WHERE contract_id = :contract ORDER BY period_from")
                .param("contract", contractId)
                .query((rs, n) ->
                        new InvoicedPeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), (Long)
                                rs.getObject(3, Long.class)))
                .list();
    }

    /** A period invoiced: its days and its invoice. */
    record InvoicedPeriod(LocalDate from, LocalDate to, Long invoiceId) {}
}
