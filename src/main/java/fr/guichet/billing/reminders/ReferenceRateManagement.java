package fr.guichet.billing.reminders;

import fr.guichet.billing.BillingRuleViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ECB refinancing rate and the legal interest rate per half-year (table {@code billing_reference_rate}), as
 * billing keeps them: each change (a new half-year, a corrected rate) kept in the history with who made it.
 */
@Service
@Transactional
public class ReferenceRateManagement {

    /** Which table a rate is in. */
    public enum Kind {
        ECB,
        LEGAL
    }

    /** A half-year's rate, with where it comes from and its version (no silent overwrite). */
    public record Rate(
            Kind kind,
            HalfYear halfYear,
            BigDecimal rate,
            @Nullable String source,
            Instant updatedAt,
            String updatedBy,
            int version) {}

    /** One change of the history. */
    public record Change(
            Kind kind,
            HalfYear halfYear,
            @Nullable BigDecimal oldRate,
            BigDecimal newRate,
            @Nullable String source,
            Instant at,
            String by) {}

    static final int SOURCE_MAX = 300;
    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferenceRateManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Both tables as the interest computation reads them. */
    @Transactional(readOnly = true)
    public ReferenceRates rates() {
        Map<Kind, Map<HalfYear, BigDecimal>> tables = new EnumMap<>(Kind.class);
        tables.put(Kind.ECB, new HashMap<>());
        tables.put(Kind.LEGAL, new HashMap<>());
        all().forEach(rate -> tables.get(rate.kind()).put(rate.halfYear(), rate.rate()));
        return new ReferenceRates(tables.get(Kind.ECB), tables.get(Kind.LEGAL));
    }

    /** The late-payment interest computed with today's tables. */
    @Transactional(readOnly = true)
    public LateInterest lateInterest() {
        return new LateInterest(rates());
    }

    /** Every rate, newest half-year first, the ECB's before the legal one. */
    @Transactional(readOnly = true)
    public List<Rate> all() {
        return jdbc.sql("SELECT * FROM billing_reference_rate ORDER BY half_year DESC, kind")
                .query((rs, n) -> new Rate(
                        Kind.valueOf(rs.getString("kind")),
                        HalfYear.parse(rs.getString("half_year")),
                        rs.getBigDecimal("rate"),
                        rs.getString("source"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getString("updated_by"),
                        rs.getInt("version")))
                .list();
    }

    /** The last changes, newest first. */
    @Transactional(readOnly = true)
    public List<Change> history(int limit) {
        return jdbc.sql("SELECT * FROM billing_reference_rate_change ORDER BY changed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Change(
                        Kind.valueOf(rs.getString("kind")),
                        HalfYear.parse(rs.getString("half_year")),
                        rs.getBigDecimal("old_rate"),
                        rs.getBigDecimal("new_rate"),
                        rs.getString("source"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by")))
                .list();
    }

    /**
     * Sets a half-year's rate: a new half-year ({@code expectedVersion} null) or a correction of the version read.
     *
     * @throws BillingRuleViolation on a rate outside 0–100 % or with more than three decimals, a long source, a
     *     half-year outside 2000–2099 or already there when adding one
     */
    public void set(
            Kind kind,
            HalfYear halfYear,
            BigDecimal rate,
            @Nullable String source,
            @Nullable Integer expectedVersion,
            String by) {
        if (!halfYear.inTables()) {
            throw new BillingRuleViolation("halfYear", "reminders.rates.error.half-year");
        }
        if (rate == null
                || rate.signum() < 0
                || rate.compareTo(MAX) > 0
                || rate.stripTrailingZeros().scale() > 3) {
            throw new BillingRuleViolation("rate", "reminders.rates.error.rate");
        }
        String text = source == null || source.isBlank() ? null : source.strip();
        if (text != null && text.length() > SOURCE_MAX) {
            throw new BillingRuleViolation("source", "reminders.rates.error.source", SOURCE_MAX);
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        BigDecimal old = jdbc.sql("SELECT rate FROM billing_reference_rate WHERE kind = :kind AND half_year = :half")
                .param("kind", kind.name())
                .param("half", halfYear.toString())
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        if (expectedVersion == null) {
            if (old != null) {
                throw new BillingRuleViolation("halfYear", "reminders.rates.error.exists", halfYear.toString());
            }
            jdbc.sql(
                            "INSERT INTO billing_reference_rate (kind, half_year, rate, source, updated_at, updated_by, version)"
                                    + " VALUES (:kind, :half, :rate, :source, :at, :by, 0)")
                    .param("kind", kind.name())
                    .param("half", halfYear.toString())
                    .param("rate", rate)
                    .param("source", text)
                    .param("at", now)
                    .param("by", by)
                    .update();
        } else {
            int changed = jdbc.sql("UPDATE billing_reference_rate SET rate = :rate, source = :source, updated_at = :at,"
                            + " updated_by = :by, version = version + 1"
                            + " WHERE kind = :kind AND half_year = :half AND version = :version")
                    .param("kind", kind.name())
                    .param("half", halfYear.toString())
                    .param("rate", rate)
                    .param("source", text)
                    .param("at", now)
                    .param("by", by)
                    .param("version", expectedVersion)
                    .update();
            if (changed == 0) {
                throw new OptimisticLockingFailureException("Rate " + kind + " " + halfYear + " changed meanwhile");
            }
        }
        jdbc.sql("INSERT INTO billing_reference_rate_change (kind, half_year, old_rate, new_rate, source, changed_at,"
                        + " changed_by) VALUES (:kind, :half, :old, :new, :source, :at, :by)")
                .param("kind", kind.name())
                .param("half", halfYear.toString())
                .param("old", old)
                .param("new", rate)
                .param("source", text)
                .param("at", now)
                .param("by", by)
                .update();
    }
}
