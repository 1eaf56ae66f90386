package fr.guichet.billing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.DemoLife;
import fr.guichet.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing's demo year, played in a transaction rolled back (a year long past): a few hundred invoices numbered in date
 * order without gap, some paid, some overdue, the totals of each adding up.
 */
class BillingDemoLifeIT extends IntegrationTest {

    private static final DemoLife LIFE = DemoLife.yearEnding(7, Instant.parse("2001-06-29T16:00:00Z"));

    @Autowired
    BillingDemoLife demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearOfInvoicesNumberedInDateOrderSomePaidSomeOverdue() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            demo.play(LIFE);
            List<String> numbers = jdbc.sql("SELECT number FROM billing_invoice WHERE series = 'FA'"
                            + " AND issue_date < '2001-07-01' ORDER BY issue_date, number")
                    .query(String.class)
                    .list();
            assertThat(numbers).hasSizeGreaterThan(200);
            List<String> byNumber = numbers.stream().sorted().toList();
            assertThat(numbers).as("numbers follow the dates").isEqualTo(byNumber);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT status) FROM billing_invoice WHERE issue_date < '2001-07-01'")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE issue_date < '2001-07-01'"
                                    + " AND total_gross <> total_net + total_vat")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE issue_date < '2001-07-01'"
                                    + " AND status IN ('SENT', 'VALIDATED') AND due_date < '2001-06-01'")
                            .query(Long.class)
                            .single())
                    .as("overdue ones")
                    .isPositive();
        });
    }
}
