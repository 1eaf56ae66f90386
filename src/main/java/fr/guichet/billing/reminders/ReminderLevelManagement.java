package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder levels as billing edits them: each level's delay (after the previous level's, before the next's) and
 * its texts; every change kept with who made it.
 */
@Service
@Transactional
public class ReminderLevelManagement {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int DELAY_MAX = 365;

    /** One change of a level, as the history shows it. */
    public record Change(long levelId, int delayDays, String subjectFr, String subjectEn, Instant at, String by) {}

    /** What billing types for a level. */
    public record Texts(int delayDays, String subjectFr, String bodyFr, String subjectEn, String bodyEn) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderLevelManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The levels in their order. */
    @Transactional(readOnly = true)
    public List<ReminderLevel> levels() {
        return jdbc.sql("SELECT * FROM billing_reminder_level ORDER BY position")
                .query((rs, n) -> new ReminderLevel(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("code"),
                        rs.getInt("delay_days"),
                        rs.getBoolean("formal_notice"),
                        rs.getString("subject_fr"),
                        rs.getString("body_fr"),
                        rs.getString("subject_en"),
                        rs.getString("body_en"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getString("updated_by"),
                        rs.getInt("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public ReminderLevel level(long id) {
        return levels().stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new UnknownReminder("level " + id));
    }

    @Transactional(readOnly = true)
    public List<Change> history(int limit) {
        return jdbc.sql("SELECT * FROM billing_reminder_level_change ORDER BY changed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Change(
                        rs.getLong("level_id"),
                        rs.getInt("delay_days"),
                        rs.getString("subject_fr"),
                        rs.getString("subject_en"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by")))
                .list();
    }

    /**
     * Changes a level's delay and texts; {@code expectedVersion} is the one read.
     *
     * @throws BillingRuleViolation on a delay out of order with the other levels, an empty or long text, an unknown
     *     placeholder
     */
    public ReminderLevel change(long id, int expectedVersion, Texts texts, String by) {
        ReminderLevel level = level(id);
        List<ReminderLevel> all = levels();
        if (texts.delayDays() < 0 || texts.delayDays() > DELAY_MAX) {
            throw new BillingRuleViolation("delayDays", "reminders.levels.error.delay", DELAY_MAX);
        }
        for (ReminderLevel other : all) {
            boolean before = other.position() < level.position() && other.delayDays() >= texts.delayDays();
            boolean after = other.position() > level.position() && other.delayDays() <= texts.delayDays();
            if (before || after) {
                throw new BillingRuleViolation("delayDays", "reminders.levels.error.order", other.delayDays());
            }
        }
        check("subjectFr", texts.subjectFr(), SUBJECT_MAX);
        check("bodyFr", texts.bodyFr(), BODY_MAX);
        check("subjectEn", texts.subjectEn(), SUBJECT_MAX);
        check("bodyEn", texts.bodyEn(), BODY_MAX);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int changed = jdbc.sql(
                        "UPDATE billing_reminder_level SET delay_days = :delay, subject_fr = :sfr, body_fr = :bfr,"
                                + " subject_en = :sen, body_en = :ben, updated_at = :at, updated_by = :by,"
                                + " version = version + 1 WHERE id = :id AND version = :version")
                .param("delay", texts.delayDays())
                .param("sfr", texts.subjectFr().strip())
                .param("bfr", texts.bodyFr().strip())
                .param("sen", texts.subjectEn().strip())
                .param("ben", texts.bodyEn().strip())
                .param("at", now)
                .param("by", by)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Reminder level " + id + " changed meanwhile");
        }
        jdbc.sql("INSERT INTO billing_reminder_level_change (level_id, delay_days, subject_fr, subject_en, changed_at,"
                        + " changed_by) VALUES (:id, :delay, :sfr, :sen, :at, :by)")
                .param("id", id)
                .param("delay", texts.delayDays())
                .param("sfr", texts.subjectFr().strip())
                .param("sen", texts.subjectEn().strip())
                .param("at", now)
                .param("by", by)
                .update();
        return level(id);
    }

    private static void check(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new BillingRuleViolation(field, "reminders.levels.error.empty");
        }
        if (text.strip().length() > max) {
            throw new BillingRuleViolation(field, "reminders.levels.error.long", max);
        }
        ReminderText.unknownPlaceholder(text).ifPresent(unknown -> {
            throw new BillingRuleViolation(field, "reminders.levels.error.placeholder", unknown);
        });
    }
}
