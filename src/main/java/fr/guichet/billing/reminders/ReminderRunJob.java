package fr.guichet.billing.reminders;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run ({@code guichet.reminders.cron}, Paris time): every instance's scheduler ticks, the run's lock
 * lets one of them work ({@link ReminderRuns}); the others' runs end BUSY.
 */
@Component
class ReminderRunJob {

    static final String BY = "Guichet";

    private final ReminderRuns runs;

    ReminderRunJob(ReminderRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = ReminderSettings.CRON, zone = "Europe/Paris")
    void remindOverdue() {
        runs.runNow(BY);
    }
}
