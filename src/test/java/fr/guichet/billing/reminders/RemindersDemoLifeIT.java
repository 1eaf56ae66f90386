package fr.guichet.billing.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders' demo year after billing's, played in a transaction rolled back (a year long past): the overdue invoices
 * have their reminders at the levels their lateness called for, one is under dispute, one under a payment plan.
 */
class RemindersDemoLifeIT extends IntegrationTest {

    private static final DemoLife LIFE = DemoLife.yearEnding(7, Instant.parse("2001-06-29T16:00:00Z"));

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void overdueInvoicesHaveTheirRemindersOneDisputedOnePlanned() {
        Map<String, DemoActivity> activities = context.getBeansOfType(DemoActivity.class);
        DemoActivity billing = activities.values().stream()
                .filter(a -> a.name().equals("billing"))
                .findFirst()
                .orElseThrow();
        DemoActivity reminders = activities.values().stream()
                .filter(a -> a.name().equals("reminders"))
                .findFirst()
                .orElseThrow();
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            billing.play(LIFE);
            reminders.play(LIFE);
            LocalDate last = LIFE.lastDay();
            List<Map<String, Object>> rows = jdbc.sql("SELECT i.id, i.due_date, i.disputed,"
                            + " (SELECT COUNT(*) FROM billing_reminder r WHERE r.invoice_id = i.id) AS sent,"
                            + " (SELECT COUNT(*) FROM billing_payment_plan p WHERE p.active_invoice_id = i.id) AS planned"
                            + " FROM billing_invoice i WHERE i.kind = 'INVOICE' AND i.issue_date < '2001-07-01'"
                            + " AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID') AND i.amount_due - i.paid - i.credited > 0"
                            + " AND i.due_date <= :late")
                    .param("late", last.minusDays(7))
                    .query()
                    .listOfRows();
            assertThat(rows).hasSizeGreaterThan(3);
            assertThat(rows)
                    .filteredOn(r -> Boolean.TRUE.equals(r.get("disputed")))
                    .hasSize(1);
            assertThat(rows)
                    .filteredOn(r -> ((Number) r.get("planned")).intValue() == 1)
                    .hasSize(1);
            for (Map<String, Object> row : rows) {
                LocalDate due = ((java.sql.Date) row.get("due_date")).toLocalDate();
                long days = java.time.temporal.ChronoUnit.DAYS.between(due, last);
                int expected = days >= 30 ? 3 : days >= 15 ? 2 : 1;
                boolean special =
                        Boolean.TRUE.equals(row.get("disputed")) || ((Number) row.get("planned")).intValue() == 1;
                assertThat(((Number) row.get("sent")).intValue())
                        .as("reminders of invoice %s, %d days late", row.get("id"), days)
                        .isEqualTo(special ? 1 : expected);
            }
            BigDecimal indemnities = jdbc.sql("SELECT MAX(indemnity) FROM billing_reminder r JOIN billing_invoice i"
                            + " ON i.id = r.invoice_id WHERE i.issue_date < '2001-07-01'")
                    .query(BigDecimal.class)
                    .single();
            assertThat(indemnities).isEqualByComparingTo("40.00");
        });
    }
}
