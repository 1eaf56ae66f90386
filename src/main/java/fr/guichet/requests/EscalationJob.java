package fr.guichet.requests;

import fr.guichet.requests.internal.QueueQueries;
import fr.guichet.requests.internal.RequestRepository;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates overdue requests to their team lead, once each. Runs every minute on one instance at a time (ShedLock);
 * a request's escalation is also guarded by its version, so that it can never be escalated twice.
 */
@Component
class EscalationJob {

    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);
    private static final int BATCH = 200;

    private final QueueQueries queues;
    private final RequestRepository requests;
    private final RequestStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EscalationJob(
            QueueQueries queues,
            RequestRepository requests,
            RequestStore store,
            TransactionTemplate transaction,
            Clock clock) {
        this.queues = queues;
        this.requests = requests;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @return how many requests this run escalated */
    @Scheduled(fixedDelayString = RequestSettings.ESCALATION_INTERVAL, initialDelayString = "PT30S")
    @SchedulerLock(name = "requests-escalation", lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
    void escalateOverdue() {
        Instant now = clock.instant();
        int escalated = 0;
        for (Long id : queues.overdueNotEscalated(now, BATCH)) {
            try {
                Boolean done = transaction.execute(status -> requests.findById(id)
                        .filter(request -> request.isOverdue(now) && request.getEscalatedAt() == null)
                        .map(request -> {
                            request.escalate(now);
                            store.save(request);
                            return true;
                        })
                        .orElse(false));
                escalated += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("Request {} changed while being escalated; the next run looks again", id);
            }
        }
        if (escalated > 0) {
            log.info("Escalated {} overdue requests", escalated);
        }
    }
}
