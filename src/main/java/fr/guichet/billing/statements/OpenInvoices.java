package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Billing's open invoices as matching reads them: issued invoices and deposit invoices whose amount due, less what
 * was paid and what their credit notes took off, is above zero.
 */
@Repository
class OpenInvoices {

    private static final String OPEN = "(i.amount_due - i.paid - i.credited)";
    private static final String SELECT = "SELECT i.id, i.number, i.organisation_id, " + OPEN + " AS open_amount,"
            + " i.issue_date, i.due_date FROM billing_invoice i WHERE i.kind IN ('INVOICE', 'DEPOSIT')"
            + " AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID') AND " + OPEN + " > 0";

    private final JdbcClient jdbc;

    OpenInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenInvoice> byNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " AND i.number IN (:numbers) ORDER BY i.issue_date, i.id")
                .param("numbers", numbers)
                .query(OpenInvoices::row)
                .list();
    }

    List<OpenInvoice> ofCustomer(long organisationId, int limit) {
        return jdbc.sql(SELECT + " AND i.organisation_id = :organisation ORDER BY i.due_date, i.id LIMIT :limit")
                .param("organisation", organisationId)
                .param("limit", limit)
                .query(OpenInvoices::row)
                .list();
    }

    List<OpenInvoice> ofAmount(Money amount, int limit) {
        return jdbc.sql(SELECT + " AND " + OPEN + " = :amount ORDER BY i.due_date, i.id LIMIT :limit")
                .param("amount", amount.amount())
                .param("limit", limit)
                .query(OpenInvoices::row)
                .list();
    }

    /** The open invoices issued last, latest first. */
    List<OpenInvoice> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY i.issue_date DESC, i.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(OpenInvoices::row)
                .list();
    }

    OpenInvoice get(long invoiceId) {
        return jdbc.sql(SELECT + " AND i.id = :id")
                .param("id", invoiceId)
                .query(OpenInvoices::row)
                .optional()
                .orElseThrow(() -> new fr.guichet.billing.BillingRuleViolation(
                        "invoiceId", "billing.statements.error.invoice-not-open"));
    }

    /** The series invoices and deposit invoices are numbered in ("FA"), longest first. */
    List<String> series() {
        return jdbc
                .sql("SELECT DISTINCT series FROM billing_invoice WHERE series IS NOT NULL"
                        + " AND kind IN ('INVOICE', 'DEPOSIT')")
                .query(String.class)
                .list()
                .stream()
                .sorted((a, b) -> b.length() - a.length())
                .toList();
    }

    /** The customers that have an open invoice. */
    List<Long> customersWithOpenInvoices() {
        return jdbc.sql(
                        "SELECT DISTINCT i.organisation_id FROM billing_invoice i WHERE i.kind IN ('INVOICE', 'DEPOSIT')"
                                + " AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID') AND " + OPEN + " > 0")
                .query(Long.class)
                .list();
    }

    /** The customers who paid from this IBAN before. */
    List<Long> customersPayingFrom(String iban) {
        return jdbc.sql("SELECT DISTINCT organisation_id FROM billing_payment WHERE payer_iban = :iban")
                .param("iban", iban)
                .query(Long.class)
                .list();
    }

    /** Numbers or IBANs in one query. */
    static final int CHUNK = 1000;

    /** The open invoices of these numbers (as {@link #byNumbers}, for many entries at once). */
    List<OpenInvoice> byNumbersAll(Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        List<OpenInvoice> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(byNumbers(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }

    /** The customers who paid from each of these IBANs before (as {@link #customersPayingFrom}, for many at once). */
    Map<String, Set<Long>> customersPayingFromAll(Collection<String> ibans) {
        List<String> all = List.copyOf(ibans);
        Map<String, Set<Long>> payers = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("SELECT DISTINCT payer_iban, organisation_id FROM billing_payment WHERE payer_iban IN (:ibans)")
                    .param("ibans", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> payers.computeIfAbsent(rs.getString(1), iban -> new HashSet<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        return payers;
    }

    /**
     * Each customer's open invoices due first, {@code limit} at most each (as {@link #ofCustomer}, for many customers
     * in one query), in the order of their due dates.
     */
    Map<Long, List<OpenInvoice>> ofCustomers(Collection<Long> organisationIds, int limit) {
        List<Long> all = List.copyOf(organisationIds);
        Map<Long, List<OpenInvoice>> read = new HashMap<>();
        all.forEach(id -> read.put(id, new ArrayList<>()));
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("SELECT * FROM ("
                            + SELECT.replace(
                                    "SELECT i.id,",
                                    "SELECT ROW_NUMBER() OVER (PARTITION BY"
                                            + " i.organisation_id ORDER BY i.due_date, i.id) AS rank_due, i.id,")
                            + " AND i.organisation_id IN (:organisations)) t WHERE t.rank_due <= :limit"
                            + " ORDER BY t.organisation_id, t.rank_due")
                    .param("organisations", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .param("limit", limit)
                    .query(OpenInvoices::row)
                    .list()
                    .forEach(invoice -> read.get(invoice.organisationId()).add(invoice));
        }
        Map<Long, List<OpenInvoice>> of = new HashMap<>();
        read.forEach((id, invoices) -> of.put(id, new AutomaticMatching.Loaded(invoices, limit)));
        return of;
    }

    private static OpenInvoice row(ResultSet rs, int n) throws SQLException {
        return new OpenInvoice(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("organisation_id"),
                new Money(rs.getBigDecimal("open_amount"), Money.EUR),
                rs.getObject("issue_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class));
    }
}
