package fr.guichet.customers;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks failed the imports whose instance stopped (no progress for five minutes; a live import reports every few
 * hundred lines), so that their page says so instead of showing a progress bar that never moves.
 */
@Component
class ImportWatchJob {

    private static final Logger log = LoggerFactory.getLogger(ImportWatchJob.class);

    private final CustomerImportManagement imports;

    ImportWatchJob(CustomerImportManagement imports) {
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "customers-import-watch", lockAtLeastFor = "PT10S", lockAtMostFor = "PT5M")
    void watch() {
        int failed = imports.failSilent(Duration.ofMinutes(5));
        if (failed > 0) {
            log.warn("{} customer imports stopped with their instance and are marked failed", failed);
        }
    }
}
