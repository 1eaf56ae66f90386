package fr.guichet.quotes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks expired the sent quotes whose validity date has passed ({@link QuoteExpiry}); daily
 * ({@code guichet.quotes.expiry-cron}), on one instance at a time (ShedLock). Until it runs, pages already show such a
 * quote as expired and refuse its acceptance.
 */
@Component
class QuoteExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(QuoteExpiryJob.class);

    private final QuoteManagement quotes;

    QuoteExpiryJob(QuoteManagement quotes) {
        this.quotes = quotes;
    }

    @Scheduled(cron = QuoteSettings.EXPIRY_CRON, zone = "Europe/Paris")
    @SchedulerLock(name = "quotes-expiry", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    void expire() {
        int expired = quotes.expireThoseOver();
        if (expired > 0) {
            log.info("Marked {} quotes expired", expired);
        }
    }
}
