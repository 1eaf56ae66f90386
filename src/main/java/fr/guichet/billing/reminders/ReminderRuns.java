package fr.guichet.billing.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Reminder runs: the daily one and those started by hand (which go on in the background while the page polls the
 * run's row). A run takes the lock "billing-reminder-run" (ShedLock, in the database): on two instances, or twice on
 * one, a second run finds it held and ends BUSY having sent nothing; and should two ever overlap, the reminder's unique
 * (invoice, level, instalment) still lets each reminder in once ({@link ReminderSending}).
 */
@Service
public class ReminderRuns {

    static final String LOCK = "billing-reminder-run";
    private static final Logger log = LoggerFactory.getLogger(ReminderRuns.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final OverdueInvoices overdue;
    private final ReminderLevelManagement levels;
    private final ReferenceRateManagement rates;
    private final ReminderSending sending;
    private final ReminderSettings settings;
    private final LockingTaskExecutor locks;
    private final TaskExecutor background;
    private final Clock clock;

    ReminderRuns(
            JdbcClient jdbc,
            OverdueInvoices overdue,
            ReminderLevelManagement levels,
            ReferenceRateManagement rates,
            ReminderSending sending,
            ReminderSettings settings,
            LockProvider lockProvider,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            Clock clock) {
        this.jdbc = jdbc;
        this.overdue = overdue;
        this.levels = levels;
        this.rates = rates;
        this.sending = sending;
        this.settings = settings;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.background = background;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** Starts a run in the background, or answers the one already going (started by anyone, on any instance). */
    public long start(String by) {
        Optional<ReminderRun> going = ongoing();
        if (going.isPresent()) {
            return going.get().id();
        }
        long id = created(by);
        background.execute(() -> execute(id));
        return id;
    }

    /** Runs now, in the caller's thread (the daily job, the tests); answers the run as it ended. */
    public ReminderRun runNow(String by) {
        long id = created(by);
        execute(id);
        return get(id);
    }

    public ReminderRun get(long id) {
        return jdbc.sql("SELECT * FROM billing_reminder_run WHERE id = :id")
                .param("id", id)
                .query(ReminderRuns::row)
                .optional()
                .orElseThrow(() -> new UnknownReminder("run " + id));
    }

    /** The latest runs, newest first. */
    public List<ReminderRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM billing_reminder_run ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query(ReminderRuns::row)
                .list();
    }

    /** A run still going, started within the lock's longest hold (an older one died with its instance). */
    public Optional<ReminderRun> ongoing() {
        return jdbc.sql("SELECT * FROM billing_reminder_run WHERE status IN ('WAITING', 'RUNNING')"
                        + " AND started_at > :since ORDER BY id DESC LIMIT 1")
                .param("since", clock.instant().minus(longestRun()).atOffset(ZoneOffset.UTC))
                .query(ReminderRuns::row)
                .optional();
    }

    private long created(String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_reminder_run (status, as_of, started_at, started_by)"
                        + " VALUES ('WAITING', :asOf, :at, :by)")
                .param("asOf", today())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void execute(long id) {
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = locks.executeWithLock(
                    () -> {
                        work(id);
                        return true;
                    },
                    new LockConfiguration(clock.instant(), LOCK, longestRun(), Duration.ZERO));
            if (!result.wasExecuted()) {
                finish(id, ReminderRun.Status.BUSY);
            }
        } catch (Throwable failed) {
            log.error("Reminder run {} failed", id, failed);
            finish(id, ReminderRun.Status.FAILED);
        }
    }

    private void work(long id) {
        jdbc.sql("UPDATE billing_reminder_run SET status = 'RUNNING' WHERE id = :id")
                .param("id", id)
                .update();
        ReminderRun run = get(id);
        LocalDate asOf = run.asOf();
        List<ReminderLevel> all = levels.levels();
        LateInterest interest = rates.lateInterest();
        int firstDelay = all.stream().mapToInt(ReminderLevel::delayDays).min().orElse(0);
        jdbc.sql("UPDATE billing_reminder_run SET total = :total WHERE id = :id")
                .param("total", overdue.count(asOf, firstDelay))
                .param("id", id)
                .update();
        long after = 0;
        int counted = 0;
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        while (true) {
            List<ReminderPolicy.Case> page = overdue.page(after, asOf, firstDelay, settings.pageSize());
            if (page.isEmpty()) {
                break;
            }
            for (ReminderPolicy.Case invoice : page) {
                ReminderPolicy.Decision decision = ReminderPolicy.decide(invoice, all, asOf);
                if (!decision.sends()) {
                    skipped++;
                    continue;
                }
                try {
                    boolean made = sending.send(
                                    new ReminderSending.Order(
                                            invoice.invoiceId(),
                                            decision.level(),
                                            decision.instalment(),
                                            decision.instalmentDue()),
                                    interest,
                                    asOf,
                                    id,
                                    run.startedBy())
                            .isPresent();
                    if (made) {
                        sent++;
                    } else {
                        skipped++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Reminder of invoice {} not sent: {}", invoice.invoiceId(), e.getMessage(), e);
                    failed++;
                }
            }
            counted += page.size();
            after = page.get(page.size() - 1).invoiceId();
            jdbc.sql("UPDATE billing_reminder_run SET counted = :counted, sent = :sent, skipped = :skipped,"
                            + " failed = :failed, last_invoice_id = :after WHERE id = :id")
                    .param("counted", counted)
                    .param("sent", sent)
                    .param("skipped", skipped)
                    .param("failed", failed)
                    .param("after", after)
                    .param("id", id)
                    .update();
        }
        finish(id, ReminderRun.Status.DONE);
    }

    private void finish(long id, ReminderRun.Status status) {
        jdbc.sql("UPDATE billing_reminder_run SET status = :status, finished_at = :at WHERE id = :id")
                .param("status", status.name())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    private static Duration longestRun() {
        return Duration.ofHours(3);
    }

    private static ReminderRun row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ReminderRun(
                rs.getLong("id"),
                ReminderRun.Status.valueOf(rs.getString("status")),
                rs.getObject("as_of", LocalDate.class),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getString("started_by"),
                finished == null ? null : finished.toInstant(),
                rs.getInt("total"),
                rs.getInt("counted"),
                rs.getInt("sent"),
                rs.getInt("skipped"),
                rs.getInt("failed"));
    }
}
