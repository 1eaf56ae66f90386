package fr.guichet.website;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the public pages' cache when a scheduled news item's instant has come, so that the cached news list shows it
 * then; every minute, on one instance at a time (ShedLock).
 */
@Component
class NewsScheduleJob {

    private static final Logger log = LoggerFactory.getLogger(NewsScheduleJob.class);

    private final NewsManagement news;

    NewsScheduleJob(NewsManagement news) {
        this.news = news;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT40S")
    @SchedulerLock(name = "website-news-schedule", lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
    void announceDue() {
        int announced = news.announceDue();
        if (announced > 0) {
            log.info("{} scheduled news items now online", announced);
        }
    }
}
