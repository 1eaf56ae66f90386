package fr.guichet.billing.sepa;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the debits of every batch whose collection date has come as payments (every hour by default), on one
 * instance at a time (ShedLock); after a stop, its first run catches up.
 */
@Component
class DirectDebitJob {

    private final DirectDebits debits;

    DirectDebitJob(DirectDebits debits) {
        this.debits = debits;
    }

    @Scheduled(fixedDelayString = SepaSettings.INTERVAL, initialDelayString = "PT80S")
    @SchedulerLock(name = "billing-sepa-collection", lockAtLeastFor = "PT20S", lockAtMostFor = "PT30M")
    void collectDue() {
        debits.collectDue(debits.today());
    }
}
