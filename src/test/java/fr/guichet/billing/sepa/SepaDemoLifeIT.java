package fr.guichet.billing.sepa;

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
 * SEPA's part of the demo, played in a transaction rolled back: a creditor identifier, the demo customer account's
 * mandate waiting for its signature, two customers' mandates active since three months before the year's end.
 */
class SepaDemoLifeIT extends IntegrationTest {

    private static final DemoLife LIFE = DemoLife.yearEnding(7, Instant.parse("2001-06-29T16:00:00Z"));

    @Autowired
    SepaDemoLife demo;

    @Autowired
    SepaCreditor creditor;

    @Autowired
    MandateManagement mandates;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCustomerHasAMandateToSignAndTwoCustomersPayByMandate() {
        long client = users.findByUsername("client").orElseThrow().getCustomerOrganisationId();
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long before = jdbc.sql("SELECT COUNT(*) FROM billing_sepa_mandate")
                    .query(Long.class)
                    .single();
            demo.play(LIFE);
            assertThat(creditor.current()).isPresent();
            assertThat(mandates.ofOrganisation(client))
                    .first()
                    .extracting(Mandate::status)
                    .isEqualTo(MandateStatus.AWAITING_SIGNATURE);
            List<Mandate> active = jdbc
                    .sql("SELECT id FROM billing_sepa_mandate WHERE status = 'ACTIVE'" + " AND signed_on = :on")
                    .param("on", LIFE.lastDay().minusMonths(3))
                    .query(Long.class)
                    .list()
                    .stream()
                    .map(mandates::get)
                    .toList();
            assertThat(active).hasSize(2).allSatisfy(m -> {
                assertThat(m.organisationId()).isNotEqualTo(client);
                assertThat(m.proofKind()).isEqualTo(Mandate.PROOF_UPLOAD);
            });
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_sepa_mandate")
                            .query(Long.class)
                            .single())
                    .isEqualTo(before + 3);
        });
    }
}
