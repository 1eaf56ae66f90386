package fr.guichet.contracts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks ended the contracts whose last day has passed; every hour, on one instance at a time (ShedLock). */
@Component
class ContractEndJob {

    private static final Logger log = LoggerFactory.getLogger(ContractEndJob.class);

    private final ContractManagement contracts;

    ContractEndJob(ContractManagement contracts) {
        this.contracts = contracts;
    }

    @Scheduled(fixedDelayString = ContractSettings.END_INTERVAL, initialDelayString = "PT50S")
    @SchedulerLock(name = "contracts-end", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    void endThoseOver() {
        int ended = contracts.endThoseOver();
        if (ended > 0) {
            log.info("{} contracts ended", ended);
        }
    }
}
