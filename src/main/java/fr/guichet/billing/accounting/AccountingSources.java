package fr.guichet.billing.accounting;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the entries of a period are made of, straight from billing's tables (ADR 0041): the issued documents of
 * the period with their nets grouped per rate and kind of sale (in the database), the deposits they deduct, the
 * payments and refunds received in it; the customers' names once each.
 */
@Component
class AccountingSources {

    /** The unit that makes a line goods (707) rather than services (706). */
    static final String GOODS_UNIT = "PIECE";

    private final JdbcClient jdbc;
    private final CustomerManagement customers;

    AccountingSources(JdbcClient jdbc, CustomerManagement customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    private record Head(
            long id,
            InvoiceKind kind,
            String number,
            long organisationId,
            LocalDate issueDate,
            OffsetDateTime validatedAt,
            BigDecimal receivable,
            boolean creditsDeposit) {}

    List<SaleDocument> sales(LocalDate from, LocalDate to) {
        String period = " i.status <> 'DRAFT' AND i.issue_date >= :from AND i.issue_date <= :to";
        List<Head> heads = jdbc.sql("SELECT i.id, i.kind, i.number, i.organisation_id, i.issue_date, i.validated_at,"
                        + " CASE WHEN i.kind = 'CREDIT_NOTE' THEN i.total_gross ELSE i.amount_due END AS receivable,"
                        + " CASE WHEN c.kind = 'DEPOSIT' THEN 1 ELSE 0 END AS credits_deposit"
                        + " FROM billing_invoice i LEFT JOIN billing_invoice c ON c.id = i.credited_invoice_id"
                        + " WHERE" + period + " ORDER BY i.validated_at, i.id")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Head(
                        rs.getLong("id"),
                        InvoiceKind.valueOf(rs.getString("kind")),
                        rs.getString("number"),
                        rs.getLong("organisation_id"),
                        rs.getObject("issue_date", LocalDate.class),
                        rs.getObject("validated_at", OffsetDateTime.class),
                        rs.getBigDecimal("receivable"),
                        rs.getInt("credits_deposit") == 1))
                .list();
        Map<Long, List<SaleDocument.Base>> bases = new HashMap<>();
        String goods = "CASE WHEN l.unit = '" + GOODS_UNIT + "' THEN 1 ELSE 0 END";
        jdbc.sql("SELECT l.invoice_id, l.vat_rate, " + goods + " AS goods, SUM(l.net) AS net"
                        + " FROM billing_invoice_line l JOIN billing_invoice i ON i.id = l.invoice_id WHERE" + period
                        + " GROUP BY l.invoice_id, l.vat_rate, " + goods)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    bases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SaleDocument.Base(
                                    VatRate.valueOf(rs.getString(2)), rs.getInt(3) == 1, euros(rs.getBigDecimal(4))));
                });
        Map<Long, List<SaleDocument.Deducted>> deducted = new HashMap<>();
        jdbc.sql("SELECT d.invoice_id, d.deposit_id, l.vat_rate, SUM(l.net) FROM billing_invoice_deposit d"
                        + " JOIN billing_invoice i ON i.id = d.invoice_id"
                        + " JOIN billing_invoice_line l ON l.invoice_id = d.deposit_id WHERE" + period
                        + " GROUP BY d.invoice_id, d.deposit_id, l.vat_rate")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    deducted.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SaleDocument.Deducted(
                                    rs.getLong(2), VatRate.valueOf(rs.getString(3)), euros(rs.getBigDecimal(4))));
                });
        Map<Long, String> names = names(heads.stream().map(Head::organisationId).toList());
        return heads.stream()
                .map(h -> new SaleDocument(
                        h.id(),
                        h.kind(),
                        h.number(),
                        h.organisationId(),
                        names.getOrDefault(h.organisationId(), "#" + h.organisationId()),
                        h.issueDate(),
                        h.validatedAt().toInstant(),
                        euros(h.receivable()),
                        h.creditsDeposit(),
                        bases.getOrDefault(h.id(), List.of()),
                        deducted.getOrDefault(h.id(), List.of())))
                .toList();
    }

    List<BankMovement> payments(LocalDate from, LocalDate to) {
        List<BankMovement> movements = jdbc.sql("SELECT id, organisation_id, received_on, recorded_at, amount, method,"
                        + " reference FROM billing_payment WHERE received_on >= :from AND received_on <= :to"
                        + " ORDER BY recorded_at, id")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new BankMovement(
                        rs.getLong("id"),
                        rs.getLong("organisation_id"),
                        "",
                        rs.getObject("received_on", LocalDate.class),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        euros(rs.getBigDecimal("amount")),
                        rs.getString("method"),
                        rs.getString("reference")))
                .list();
        Map<Long, String> names =
                names(movements.stream().map(BankMovement::organisationId).toList());
        return movements.stream()
                .map(m -> new BankMovement(
                        m.paymentId(),
                        m.organisationId(),
                        names.getOrDefault(m.organisationId(), "#" + m.organisationId()),
                        m.receivedOn(),
                        m.recordedAt(),
                        m.amount(),
                        m.method(),
                        m.reference()))
                .toList();
    }

    Map<Long, String> names(List<Long> organisationIds) {
        Set<Long> distinct = new HashSet<>(organisationIds);
        return distinct.isEmpty() ? Map.of() : customers.names(distinct);
    }

    private static Money euros(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }
}
