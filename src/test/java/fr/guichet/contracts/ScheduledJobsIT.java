package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.Organisation;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.ScheduledJobs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * In tests, jobs run only when a test calls them; and a job's cluster lock (ShedLock) makes a run skip while another
 * instance holds it.
 */
class ScheduledJobsIT extends IntegrationTest {

    private static final String CONTRACT_END_LOCK = "contracts-end";

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContractManagement contracts;

    @Autowired
    ContractEndJob contractEndJob;

    @Test
    void noJobRunsOnItsOwnDuringTests() {
        assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class))
                .isEmpty();
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
                .flatMap(ScheduledTaskHolder::getScheduledTasks)
                .isEmpty();
    }

    @Test
    void aRunHeldByAnotherInstanceMakesThisInstancesRunSkipUntilItIsReleased() {
        Contract over = contractOver();
        ScheduledJobs.releaseLock(jdbc, CONTRACT_END_LOCK);

        // Another instance, with a lock provider of its own on the same database, is running the job.
        LockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        SimpleLock held = otherInstance
                .lock(new LockConfiguration(Instant.now(), CONTRACT_END_LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            contractEndJob.endThoseOver();
            assertThat(contracts.get(over.getId()).getStatus())
                    .as("skipped while the other instance holds the lock")
                    .isEqualTo(ContractStatus.ACTIVE);
        } finally {
            held.unlock();
        }

        contractEndJob.endThoseOver();
        assertThat(contracts.get(over.getId()).getStatus()).isEqualTo(ContractStatus.ENDED);
        ScheduledJobs.releaseLock(jdbc, CONTRACT_END_LOCK);
    }

    private Contract contractOver() {
        Organisation organisation = customers.search("Plomberie Lacroix", 1).get(0);
        LocalDate today = contracts.today();
        Contract contract = contracts.draft(
                organisation.getId(),
                "Audit terminé",
                new ContractTerms(today.minusDays(60), today.minusDays(1), false, 0, 0));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), "AUDIT-SECU", BigDecimal.ONE, null);
        return contracts.activate(contract.getId(), contract.getVersion());
    }
}
