package fr.guichet.billing.reminders;

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
 * schedule ({@code guichet.reminders.letters-every}), which takes up what a failure or a stopped instance left.
 */
@Component
public class ReminderLetters {

    private static final Logger log = LoggerFactory.getLogger(ReminderLetters.class);

    private final JdbcClient jdbc;
    private final ReminderSending sending;
    private final ReminderLevelManagement levels;
    private final ReferenceRateManagement rates;
    private final ReminderSettings settings;

    ReminderLetters(
            JdbcClient jdbc,
            ReminderSending sending,
            ReminderLevelManagement levels,
            ReferenceRateManagement rates,
            ReminderSettings settings) {
        this.jdbc = jdbc;
        this.sending = sending;
        this.levels = levels;
        this.rates = rates;
        this.settings = settings;
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
        LateInterest interest = rates.lateInterest();
        List<ReminderLevel> all = levels.levels();
        long after = 0;
        int made = 0;
        while (true) {
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
        sendPending();
    }
}
