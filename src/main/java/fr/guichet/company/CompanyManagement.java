package fr.guichet.company;

import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.ShortCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's identity, stored in the database (one row, table {@code company_profile}) so that it can be changed
 * without a new deployment; {@link CompanyProfile#NEUTRAL} until one is stored. Read at every page and every email, so
 * kept in memory: read again at most every 5 s, and as soon as a change on this instance is committed.
 */
@Service
public class CompanyManagement {

    /** The profile in force, with the version to send back when changing it (0: never stored). */
    public record Stored(CompanyProfile profile, int version, String changedBy, Instant changedAt) {}

    private static final Duration LIFETIME = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ShortCache<Stored> cache;

    private final ApplicationEventPublisher events;

    CompanyManagement(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.cache = new ShortCache<>(
                () -> read().orElse(new Stored(CompanyProfile.NEUTRAL, 0, null, null)), LIFETIME, clock);
    }

    /** The company's identity in force (from memory most of the time). */
    public CompanyProfile current() {
        return cache.get().profile();
    }

    /** The stored profile and its version (0 and the neutral profile when none is stored yet). */
    public Stored stored() {
        return cache.get();
    }

    /**
     * Stores the company's identity; {@code expectedVersion} is the one read (0 when none was stored), so that two
     * changes never overwrite each other.
     */
    @Transactional
    public Stored change(CompanyProfile profile, int expectedVersion, String by) {
        Instant now = clock.instant();
        if (expectedVersion == 0 && read().isPresent()) {
            throw new OptimisticLockingFailureException("Company profile stored meanwhile");
        }
        // A first profile stored at the same moment elsewhere makes this insert fail on the primary key.
        String sql = expectedVersion == 0
                ? "INSERT INTO company_profile (id, trade_name, legal_name, phone, email, address_lines, postcode, city,"
                        + " website, mail_sender, version, changed_by, changed_at) VALUES (1, :tradeName, :legalName,"
                        + " :phone, :email, :addressLines, :postcode, :city, :website, :mailSender, 1, :by, :at)"
                : "UPDATE company_profile SET trade_name = :tradeName, legal_name = :legalName, phone = :phone,"
                        + " email = :email, address_lines = :addressLines, postcode = :postcode, city = :city,"
                        + " website = :website, mail_sender = :mailSender, version = version + 1,"
                        + " changed_by = :by, changed_at = :at WHERE id = 1 AND version = :version";
        int changed = jdbc.sql(sql)
                .param("tradeName", profile.tradeName())
                .param("legalName", profile.legalName())
                .param("phone", profile.phone())
                .param("email", profile.email())
                .param("addressLines", String.join("\n", profile.addressLines()))
                .param("postcode", profile.postcode())
                .param("city", profile.city())
                .param("website", profile.website())
                .param("mailSender", profile.mailSender())
                .param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("version", expectedVersion)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Company profile changed since version " + expectedVersion);
        }
        cache.forgetAfterCommit();
        events.publishEvent(new PublicContentChanged("company"));
        return read().orElseThrow();
    }

    private Optional<Stored> read() {
        return jdbc.sql("SELECT * FROM company_profile WHERE id = 1")
                .query((rs, n) -> new Stored(
                        new CompanyProfile(
                                rs.getString("trade_name"),
                                rs.getString("legal_name"),
                                rs.getString("phone"),
                                rs.getString("email"),
                                Arrays.asList(rs.getString("address_lines").split("\n")),
                                rs.getString("postcode"),
                                rs.getString("city"),
                                rs.getString("website"),
                                rs.getString("mail_sender")),
                        rs.getInt("version"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
