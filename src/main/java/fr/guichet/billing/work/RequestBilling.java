package fr.guichet.billing.work;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was billed for a request: the invoices (and credit notes) with a line naming it — recorded work put on an
 * invoice, or a line billing staff linked to it — each with those lines and their total excluding VAT.
 */
@Component
class RequestBilling {

    private final JdbcClient jdbc;

    RequestBilling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of an invoice billing the request. */
    record Line(String description, BigDecimal quantity, Money net) {}

    /** An invoice billing the request, with the lines that do. */
    record Billed(
            long invoiceId,
            InvoiceKind kind,
            InvoiceStatus status,
            @Nullable String number,
            @Nullable LocalDate issueDate,
            List<Line> lines,
            Money net) {

        boolean issued() {
            return status.isIssued();
        }
    }

    @Transactional(readOnly = true)
    List<Billed> of(long requestId) {
        record Row(long id, String kind, String status, String number, LocalDate issued, Line line) {}
        List<Row> rows = jdbc.sql("""
                        SELECT i.id, i.kind, i.status, i.number, i.issue_date, l.description, l.quantity, l.net
                          FROM billing_invoice_line l JOIN billing_invoice i ON i.id = l.invoice_id
                         WHERE l.request_id = :request
                         ORDER BY i.id, l.position
                        """)
                .param("request", requestId)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getString("number"),
                        rs.getObject("issue_date", LocalDate.class),
                        new Line(
                                rs.getString("description"),
                                rs.getBigDecimal("quantity"),
                                new Money(rs.getBigDecimal("net"), Money.EUR))))
                .list();
        Map<Long, List<Row>> byInvoice = new LinkedHashMap<>();
        rows.forEach(row ->
                byInvoice.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byInvoice.values().stream()
                .map(lines -> {
                    Row first = lines.get(0);
                    return new Billed(
                            first.id(),
                            InvoiceKind.valueOf(first.kind()),
                            InvoiceStatus.valueOf(first.status()),
                            first.number(),
                            first.issued(),
                            lines.stream().map(Row::line).toList(),
                            lines.stream().map(r -> r.line().net()).reduce(Money.zero(Money.EUR), Money::plus));
                })
                .toList();
    }
}
