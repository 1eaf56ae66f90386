package fr.guichet.billing.sepa;

import fr.guichet.billing.BillingRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's SEPA creditor identifier, as billing sets it in its settings: every value it had is kept (who, when);
 * the current one is the last. Mandates, invoices' pre-notifications and pain.008 files name it.
 */
@Service
@Transactional
public class SepaCreditor {

    /** One value the identifier had. */
    public record Change(long id, String creditorId, Instant at, String by) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SepaCreditor(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The identifier now, if billing has set one. */
    @Transactional(readOnly = true)
    public Optional<Change> current() {
        return history().stream().findFirst();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Change> history() {
        return jdbc.sql("SELECT * FROM billing_sepa_creditor ORDER BY id DESC")
                .query((rs, n) -> new Change(
                        rs.getLong("id"),
                        rs.getString("creditor_id"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by")))
                .list();
    }

    /**
     * Sets the identifier; {@code expected} is the change read (0 when none was): two clerks never overwrite each other
     * silently.
     */
    public Change change(@Nullable String typed, long expected, String by) {
        if (typed == null || !CreditorIdentifier.isValid(typed)) {
            throw new BillingRuleViolation("creditorId", "billing.sepa.error.creditor-id");
        }
        lock();
        long now = current().map(Change::id).orElse(0L);
        if (now != expected) {
            throw new OptimisticLockingFailureException("SEPA creditor identifier changed meanwhile");
        }
        jdbc.sql("INSERT INTO billing_sepa_creditor (creditor_id, changed_at, changed_by) VALUES (:id, :at, :by)")
                .param("id", CreditorIdentifier.of(typed).value())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by.length() > 100 ? by.substring(0, 100) : by)
                .update();
        return current().orElseThrow();
    }

    /** Holds the identifier's rows until the transaction ends: changes, and batches of debits, one after the other. */
    void lock() {
        jdbc.sql("SELECT id FROM billing_sepa_creditor ORDER BY id DESC LIMIT 1 FOR UPDATE")
                .query(Long.class)
                .optional();
    }
}
