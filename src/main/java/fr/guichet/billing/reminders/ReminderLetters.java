package fr.guichet.billing.reminders;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The letters' sender: makes the PDF letter and the email of every reminder a run wrote and whose mail is not made yet,
 * a small batch of ids at a time in the order of their ids, each in a transaction of its own that first locks the row
 * ({@code FOR UPDATE SKIP LOCKED}, which PostgreSQL and H2 2.4 both accept): two senders at once — two threads, two
 * instances — pass by each other's rows, and a row made already is made no more. It runs right after each run and on a
 * schedule ({@code guichet.reminders.letters-every}), which takes up what a failure or a stopped instance left and
 * stands aside while a run is going.
 */
@Component
public class ReminderLetters {

    private static final Logger log = LoggerFactory.getLogger(ReminderLetters.class);

    private final JdbcClient jdbc;
    private final ReminderSending sending;
    private final ReminderLevelManagement levels;
    private final ReferenceRateManagement rates;
    private final ReminderSettings settings;
    private final Clock clock;

    ReminderLetters(
            JdbcClient jdbc,
            ReminderSending sending,
            ReminderLevelManagement levels,
            ReferenceRateManagement rates,
            ReminderSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.sending = sending;
        this.levels = levels;
        this.rates = rates;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many reminders of a run still wait for their letter. */
    public int pendingOf(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_reminder WHERE run_id = :run AND pdf IS NULL AND mail_id IS NULL")
                .param("run", runId)
                .query(Integer.class)
                .single();
    }

    /** Makes every letter not made yet (one pass over them); answers how many this sender made. */
    public int sendPending() {
        return sendPending(false);
    }

    /**
     * One pass over the letters not made yet; the scheduled pass ({@code yieldToRuns}) stops between two batches
     * while a reminder run is going on any instance, so as not to take the run's processor and database: the run
     * makes its letters itself once it is done, and the next scheduled pass takes up what is left.
     */
    private int sendPending(boolean yieldToRuns) {
        LateInterest interest = rates.lateInterest();
        List<ReminderLevel> all = levels.levels();
        long after = 0;
        int made = 0;
        while (true) {
            if (yieldToRuns && aRunIsGoing()) {
                return made;
            }
            List<Long> ids = jdbc.sql("SELECT id FROM billing_reminder WHERE pdf IS NULL AND mail_id IS NULL"
                            + " AND id > :after ORDER BY id LIMIT :size")
                    .param("after", after)
                    .param("size", settings.letterBatch())
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return made;
            }
            for (long id : ids) {
                try {
                    if (sending.mailPending(id, interest, all)) {
                        made++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Letter of reminder {} not made: {}", id, e.getMessage(), e);
                }
            }
            after = ids.get(ids.size() - 1);
        }
    }

    @Scheduled(
            fixedDelayString = "${guichet.reminders.letters-every:PT1M}",
            initialDelayString = "${guichet.reminders.letters-every:PT1M}")
    void sendOnSchedule() {
        sendPending(true);
    }

    /** A run is going: RUNNING, started within the run lock's longest hold (an older one died with its instance). */
    private boolean aRunIsGoing() {
        return jdbc.sql("SELECT COUNT(*) FROM billing_reminder_run WHERE status = 'RUNNING' AND started_at > :since")
                        .param(
                                "since",
                                clock.instant().minus(ReminderRuns.longestRun()).atOffset(ZoneOffset.UTC))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
