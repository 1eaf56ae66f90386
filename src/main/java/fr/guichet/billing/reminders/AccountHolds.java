package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.customers.CustomerManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers whose billing account is on hold: none of their invoices gets a reminder (a negotiation going on, a
 * customer in receivership…) until billing releases the account.
 */
@Service
@Transactional
public class AccountHolds {

    public static final int REASON_MAX = 500;

    /** A customer on hold: who, why, since when, by whom. */
    public record Hold(long organisationId, String customerName, String reason, Instant since, String by) {}

    private final JdbcClient jdbc;
    private final CustomerManagement customers;
    private final Clock clock;

    AccountHolds(JdbcClient jdbc, CustomerManagement customers, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Hold> all() {
        return jdbc.sql("SELECT * FROM billing_account_hold ORDER BY held_at DESC")
                .query((rs, n) -> new Hold(
                        rs.getLong("organisation_id"),
                        customers
                                .find(rs.getLong("organisation_id"))
                                .map(o -> o.getName())
                                .orElse("#" + rs.getLong("organisation_id")),
                        rs.getString("reason"),
                        rs.getObject("held_at", OffsetDateTime.class).toInstant(),
                        rs.getString("held_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Hold> of(long organisationId) {
        return all().stream().filter(h -> h.organisationId() == organisationId).findFirst();
    }

    public void hold(@Nullable Long organisationId, @Nullable String reason, String by) {
        if (organisationId == null || customers.find(organisationId).isEmpty()) {
            throw new BillingRuleViolation("organisationId", "billing.error.customer");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BillingRuleViolation("reason", "reminders.hold.error.reason");
        }
        if (why.length() > REASON_MAX) {
            throw new BillingRuleViolation("reason", "reminders.hold.error.long", REASON_MAX);
        }
        int changed = jdbc.sql("UPDATE billing_account_hold SET reason = :reason, held_at = :at, held_by = :by"
                        + " WHERE organisation_id = :org")
                .param("reason", why)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("org", organisationId)
                .update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO billing_account_hold (organisation_id, reason, held_at, held_by)"
                            + " VALUES (:org, :reason, :at, :by) ON CONFLICT DO NOTHING")
                    .param("reason", why)
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("by", by)
                    .param("org", organisationId)
                    .update();
        }
    }

    public void release(long organisationId) {
        jdbc.sql("DELETE FROM billing_account_hold WHERE organisation_id = :org")
                .param("org", organisationId)
                .update();
    }
}
