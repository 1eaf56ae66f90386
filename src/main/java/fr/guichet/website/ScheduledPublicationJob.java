package fr.guichet.website;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the pages whose scheduled publication has come, every 30 seconds, on one instance at a time (ShedLock):
 * two instances never publish the same page twice.
 */
@Component
class ScheduledPublicationJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublicationJob.class);

    private final WebsiteManagement website;

    ScheduledPublicationJob(WebsiteManagement website) {
        this.website = website;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 15_000)
    @SchedulerLock(name = "website-scheduled-publication", lockAtLeastFor = "PT5S", lockAtMostFor = "PT5M")
    public void publishDue() {
        int published = website.publishDue();
        if (published > 0) {
            log.info("Published {} scheduled site pages", published);
        }
    }
}
