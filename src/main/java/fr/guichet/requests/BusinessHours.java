package fr.guichet.requests;

import fr.guichet.shared.BusinessCalendar;
import fr.guichet.shared.ShortCache;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business hours service levels are counted in: set by administrators in {@code /back/admin/business-hours},
 * else the settings {@code guichet.business-hours.*} (Monday–Friday 9:00–18:00 Europe/Paris). Read again at most every
 * 5 s, and as soon as a change on this instance is committed. A change applies to the due times computed after it; those
 * already set are kept.
 */
@Service
public class BusinessHours {

    /** The business hours in force, with the version to send back when changing them (0: never changed). */
    public record Current(BusinessCalendar calendar, int version, String changedBy, Instant changedAt) {}

    private static final Duration LIFETIME = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BusinessCalendar defaults;
    private final ShortCache<Current> current;

    BusinessHours(JdbcClient jdbc, Clock clock, RequestSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        RequestSettings.BusinessHoursDefaults hours = settings.businessHours();
        this.defaults = new BusinessCalendar(hours.zone(), hours.opens(), hours.closes());
        this.current = new ShortCache<>(() -> read().orElse(new Current(defaults, 0, null, null)), LIFETIME, clock);
    }

    /** The calendar in force (from memory most of the time: called for every due time computed). */
    public BusinessCalendar calendar() {
        return current().calendar();
    }

    public Current current() {
        return current.get();
    }

    /** Sets the business hours; {@code expectedVersion} is the one read, so that two administrators never overwrite. */
    @Transactional
    public Current change(BusinessCalendar calendar, int expectedVersion, String by) {
        Instant now = clock.instant();
        String days = calendar.days().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        int changed = expectedVersion == 0
                ? insertFirst(calendar, days, by, now)
                : jdbc.sql("UPDATE requests_business_hours SET opens = :opens, closes = :closes, zone = :zone,"
                                + " days = :days, version = version + 1, changed_by = :by, changed_at = :at"
                                + " WHERE id = 1 AND version = :version")
                        .param("opens", calendar.opens().toString())
                        .param("closes", calendar.closes().toString())
                        .param("zone", calendar.zone().getId())
                        .param("days", days)
                        .param("by", by)
                        .param("at", now.atOffset(ZoneOffset.UTC))
                        .param("version", expectedVersion)
                        .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Business hours changed since version " + expectedVersion);
        }
        current.forgetAfterCommit();
        return read().orElseThrow();
    }

    private int insertFirst(BusinessCalendar calendar, String days, String by, Instant now) {
        if (read().isPresent()) {
            return 0;
        }
        return jdbc.sql("INSERT INTO requests_business_hours (id, opens, closes, zone, days, version, changed_by,"
                        + " changed_at) VALUES (1, :opens, :closes, :zone, :days, 1, :by, :at)")
                .param("opens", calendar.opens().toString())
                .param("closes", calendar.closes().toString())
                .param("zone", calendar.zone().getId())
                .param("days", days)
                .param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Optional<Current> read() {
        return jdbc.sql("SELECT * FROM requests_business_hours WHERE id = 1")
                .query((rs, n) -> {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    Arrays.stream(rs.getString("days").split(","))
                            .filter(d -> !d.isBlank())
                            .forEach(d -> days.add(DayOfWeek.valueOf(d.strip())));
                    return new Current(
                            new BusinessCalendar(
                                    ZoneId.of(rs.getString("zone")),
                                    LocalTime.parse(rs.getString("opens")),
                                    LocalTime.parse(rs.getString("closes")),
                                    days),
                            rs.getInt("version"),
                            rs.getString("changed_by"),
                            rs.getObject("changed_at", OffsetDateTime.class).toInstant());
                })
                .optional();
    }
}
