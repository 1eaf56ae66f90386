package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aged receivables, computed by the database in two grouped passes (open invoices by due date, sales of the last
 * 90 days), one row per customer: nothing is loaded invoice by invoice, whatever the number of invoices.
 */
@Service
@Transactional(readOnly = true)
public class AgedReceivables {

    private final JdbcClient jdbc;
    private final AccountingSources sources;
    private final Clock clock;

    AgedReceivables(JdbcClient jdbc, AccountingSources sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(JournalEntries.PARIS));
    }

    public ReceivablesAgeing now() {
        return on(today());
    }

    public ReceivablesAgeing on(LocalDate day) {
        Map<Long, ReceivablesAgeing.Row> rows = new LinkedHashMap<>();
        // past due by d days: due_date = day - d. 0–30 is 1 to 30 days late, and so on.
        jdbc.sql("SELECT organisation_id,"
                        + " SUM(CASE WHEN due_date >= :day THEN owed ELSE 0 END),"
                        + " SUM(CASE WHEN due_date < :day AND due_date >= :d30 THEN owed ELSE 0 END),"
                        + " SUM(CASE WHEN due_date < :d30 AND due_date >= :d60 THEN owed ELSE 0 END),"
                        + " SUM(CASE WHEN due_date < :d60 AND due_date >= :d90 THEN owed ELSE 0 END),"
                        + " SUM(CASE WHEN due_date < :d90 THEN owed ELSE 0 END)"
                        + " FROM (SELECT organisation_id, due_date, amount_due - paid - credited AS owed"
                        + " FROM billing_invoice WHERE status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')"
                        + " AND kind <> 'CREDIT_NOTE' AND issue_date <= :day"
                        + " AND amount_due - paid - credited > 0) o GROUP BY organisation_id")
                .param("day", day)
                .param("d30", day.minusDays(30))
                .param("d60", day.minusDays(60))
                .param("d90", day.minusDays(90))
                .query(rs -> {
                    long id = rs.getLong(1);
                    rows.put(
                            id,
                            new ReceivablesAgeing.Row(
                                    id,
                                    "",
                                    euros(rs.getBigDecimal(2)),
                                    euros(rs.getBigDecimal(3)),
                                    euros(rs.getBigDecimal(4)),
                                    euros(rs.getBigDecimal(5)),
                                    euros(rs.getBigDecimal(6)),
                                    Money.zero(Money.EUR)));
                });
        Map<Long, Money> sales = new HashMap<>();
        jdbc.sql("SELECT organisation_id, SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN -total_gross ELSE amount_due END)"
                        + " FROM billing_invoice WHERE status <> 'DRAFT' AND issue_date > :since"
                        + " AND issue_date <= :day GROUP BY organisation_id")
                .param("since", day.minusDays(ReceivablesAgeing.DSO_DAYS))
                .param("day", day)
                .query(rs -> {
                    sales.put(rs.getLong(1), euros(rs.getBigDecimal(2)));
                });
        Map<Long, String> names = sources.names(new ArrayList<>(rows.keySet()));
        List<ReceivablesAgeing.Row> customers = new ArrayList<>();
        ReceivablesAgeing.Row total = ReceivablesAgeing.Row.empty(0, "");
        for (ReceivablesAgeing.Row row : rows.values()) {
            long id = row.organisationId();
            ReceivablesAgeing.Row named = new ReceivablesAgeing.Row(
                    id,
                    names.getOrDefault(id, "#" + id),
                    row.notDue(),
                    row.days0To30(),
                    row.days31To60(),
                    row.days61To90(),
                    row.over90(),
                    sales.getOrDefault(id, Money.zero(Money.EUR)));
            customers.add(named);
        }
        for (Map.Entry<Long, Money> sold : sales.entrySet()) {
            total = total.plus(
                    new ReceivablesAgeing.Row(0, "", zero(), zero(), zero(), zero(), zero(), sold.getValue()));
        }
        for (ReceivablesAgeing.Row row : customers) {
            total = total.plus(new ReceivablesAgeing.Row(
                    0, "", row.notDue(), row.days0To30(), row.days31To60(), row.days61To90(), row.over90(), zero()));
        }
        customers.sort(Comparator.comparing(ReceivablesAgeing.Row::owed)
                .reversed()
                .thenComparing(ReceivablesAgeing.Row::name));
        return new ReceivablesAgeing(day, customers, total);
    }

    private static Money zero() {
        return Money.zero(Money.EUR);
    }

    private static Money euros(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }
}
