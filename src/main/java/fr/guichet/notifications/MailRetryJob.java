package fr.guichet.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the mails the SMTP server did not accept, and the ones whose send after commit never happened (the
 * application stopped in between). Runs on one instance at a time (ShedLock).
 */
@Component
class MailRetryJob {

    private static final Logger log = LoggerFactory.getLogger(MailRetryJob.class);
    private static final int BATCH = 20;

    private final Mailer mailer;

    MailRetryJob(Mailer mailer) {
        this.mailer = mailer;
    }

    @Scheduled(fixedDelayString = NotificationSettings.RETRY_INTERVAL, initialDelayString = "PT20S")
    @SchedulerLock(name = "notifications-mail-retry", lockAtLeastFor = "PT5S", lockAtMostFor = "PT10M")
    void retry() {
        int tried = mailer.retryDue(BATCH);
        if (tried > 0) {
            log.info("Tried again {} pending emails", tried);
        }
    }
}
