package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's bank statement, played after billing's year in a transaction rolled back: yesterday's camt.053 of the
 * company's account, three transfers matched at once and explained, the rest waiting for reconciliation.
 */
class StatementsDemoLifeIT extends IntegrationTest {

    @Autowired
    List<DemoActivity> activities;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void yesterdaysStatementIsImportedWithThreeTransfersMatchedAndTheRestWaiting() {
        DemoLife life = DemoLife.yearEnding(11, clock.instant());
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("DELETE FROM billing_statement_match").update();
            jdbc.sql("DELETE FROM billing_statement_entry").update();
            jdbc.sql("DELETE FROM billing_statement_import").update();
            jdbc.sql("DELETE FROM billing_bank_account").update();
            activity("billing").play(life);
            DemoActivity.DemoOutcome outcome = activity("statements").play(life);
            assertThat(outcome.summary()).contains("7 entries").contains("3 matched");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_statement_entry WHERE state = 'MATCHED'"
                                    + " AND explanation_key = 'billing.statements.match.by-number'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_statement_entry WHERE state = 'NEW'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(4);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE statement_entry_id IS NOT NULL")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(3);
        });
    }

    private DemoActivity activity(String name) {
        return activities.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
