package fr.guichet.billing;

import fr.guichet.billing.internal.InvoiceRepository;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's list of invoices: filtered by status, kind, customer, period (the invoice date; a draft's creation) and
 * overdue; newest first by pages (keyset on the id, so that a deep page costs what the first one does); the totals of
 * everything the filter finds (credit notes counted negative); a customer's balance.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceSearch {

    public static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final InvoiceManagement invoices;
    private final InvoiceRepository repository;

    InvoiceSearch(JdbcClient jdbc, InvoiceManagement invoices, InvoiceRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.invoices = invoices;
    }

    /** What to look for; every part optional. */
    public record Filter(
            @Nullable InvoiceStatus status,
            @Nullable InvoiceKind kind,
            @Nullable Long organisationId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            boolean overdue) {

        public static final Filter ALL = new Filter(null, null, null, null, null, false);
    }

    /** One page: the invoices, the id to continue after (none on the last page). */
    public record Page(List<Invoice> invoices, @Nullable Long nextAfter) {}

    /** The totals of the whole filter: count, excluding VAT, including VAT, still to pay. */
    public record Totals(long count, Money net, Money gross, Money balance) {}

    public Page page(Filter filter, @Nullable Long after, int size) {
        Query query = where(filter);
        if (after != null) {
            query.clause("i.id < :after", q -> q.param("after", after));
        }
        List<Long> ids = query.apply(jdbc.sql(
                        "SELECT i.id FROM billing_invoice i" + query.sql() + " ORDER BY i.id DESC LIMIT " + (size + 1)))
                .query(Long.class)
                .list();
        boolean more = ids.size() > size;
        List<Long> shown = more ? ids.subList(0, size) : ids;
        Map<Long, Invoice> loaded = new HashMap<>();
        repository.findAllById(shown).forEach(invoice -> loaded.put(invoice.getId(), invoice));
        List<Invoice> found =
                shown.stream().map(loaded::get).filter(Objects::nonNull).toList();
        return new Page(found, more ? shown.get(shown.size() - 1) : null);
    }

    /** Every invoice of the filter, newest first, for an export: {@code each} is called once per invoice. */
    public void each(Filter filter, Consumer<Invoice> each) {
        Long after = null;
        do {
            Page page = page(filter, after, 500);
            page.invoices().forEach(each);
            after = page.nextAfter();
        } while (after != null);
    }

    public Totals totals(Filter filter) {
        Query query = where(filter);
        return query.apply(jdbc.sql("SELECT COUNT(*) AS n,"
                        + " COALESCE(SUM(CASE WHEN i.kind = 'CREDIT_NOTE' THEN -i.total_net ELSE i.total_net END), 0)"
                        + " AS net,"
                        + " COALESCE(SUM(CASE WHEN i.kind = 'CREDIT_NOTE' THEN -i.total_gross ELSE i.total_gross END),"
                        + " 0) AS gross,"
                        + " COALESCE(SUM(CASE WHEN i.kind <> 'CREDIT_NOTE' AND i.status <> 'DRAFT'"
                        + " THEN i.amount_due - i.paid - i.credited ELSE 0 END), 0) AS balance"
                        + " FROM billing_invoice i" + query.sql()))
                .query((rs, n) -> new Totals(
                        rs.getLong("n"),
                        money(rs.getBigDecimal("net")),
                        money(rs.getBigDecimal("gross")),
                        money(rs.getBigDecimal("balance"))))
                .single();
    }

    private Query where(Filter filter) {
        Query query = new Query();
        if (filter.status() != null) {
            query.clause(
                    "i.status = :status", q -> q.param("status", filter.status().name()));
        }
        if (filter.kind() != null) {
            query.clause("i.kind = :kind", q -> q.param("kind", filter.kind().name()));
        }
        if (filter.organisationId() != null) {
            query.clause("i.organisation_id = :organisation", q -> q.param("organisation", filter.organisationId()));
        }
        if (filter.from() != null) {
            query.clause("i.issue_date >= :from", q -> q.param("from", filter.from()));
        }
        if (filter.to() != null) {
            query.clause("i.issue_date <= :to", q -> q.param("to", filter.to()));
        }
        if (filter.overdue()) {
            query.clause(
                    "i.kind <> 'CREDIT_NOTE' AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
                            + " AND i.due_date < :today AND i.amount_due - i.paid - i.credited > 0",
                    q -> q.param("today", invoices.today()));
        }
        return query;
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }

    /** A WHERE clause built from fixed fragments, every value a parameter. */
    private static final class Query {

        private final List<String> clauses = new ArrayList<>();
        private final List<java.util.function.UnaryOperator<JdbcClient.StatementSpec>> params = new ArrayList<>();

        void clause(String sql, java.util.function.UnaryOperator<JdbcClient.StatementSpec> param) {
            clauses.add(sql);
            params.add(param);
        }

        String sql() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
            JdbcClient.StatementSpec result = spec;
            for (java.util.function.UnaryOperator<JdbcClient.StatementSpec> param : params) {
                result = param.apply(result);
            }
            return result;
        }
    }
}
