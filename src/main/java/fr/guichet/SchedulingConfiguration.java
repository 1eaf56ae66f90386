package fr.guichet;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every instance's scheduler, and a lock in the database (ShedLock, table {@code shedlock})
 * lets one of them do the work of each tick. The lock uses the database's clock, so instances whose clocks differ
 * agree on it.
 *
 * <p>{@code guichet.scheduling.enabled=false} (the tests) leaves the jobs to be run by hand: nothing runs on its own,
 * and a job's method called directly still takes its lock (ADR 0016).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** The scheduler itself: on unless {@code guichet.scheduling.enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "guichet.scheduling.enabled", matchIfMissing = true)
    @EnableScheduling
    static class Scheduler {}
}
