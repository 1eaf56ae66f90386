package fr.guichet.company;

import fr.guichet.shared.Language;
import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.ShortCache;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's identity, stored in the database (one row, table {@code company_profile}) so that it can be changed
 * without a new deployment; {@link CompanyProfile#NEUTRAL} until one is stored. Read at every page and every email, so
 * kept in memory: read again at most every 5 s, and as soon as a change on this instance is committed. Every change is
 * checked by {@link CompanyIdentityPolicy}, written down field by field in the history, and announced to the public
 * pages' cache ({@link PublicContentChanged}).
 */
@Service
public class CompanyManagement {

    /**
     * The profile in force, with the version to send back when changing it (0: never stored), and the version of the
     * logo to send back when changing it (0: there never was one).
     */
    public record Stored(
            CompanyProfile profile,
            int version,
            @Nullable String changedBy,
            @Nullable Instant changedAt,
            int logoVersion) {

        /** Whether the company's identity has been entered (the first run is over). */
        public boolean isSetUp() {
            return version > 0;
        }
    }

    /** One field changed: who, when, the value before and after (empty for none). */
    public record Change(Instant at, String by, String field, String before, String after) {}

    /** The latest changes, newest first, and how many there are in all. */
    public record History(List<Change> changes, long total) {}

    private static final Logger LOG = LoggerFactory.getLogger(CompanyManagement.class);
    private static final Duration LIFETIME = Duration.ofSeconds(5);
    private static final int HISTORY_VALUE_MAX = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ShortCache<Stored> cache;
    private final ShortCache<Optional<CompanyLogo>> logoCache;

    /** The SVG logo last drawn as a PNG, by the SVG's digest (null: none yet; png null: it could not be drawn). */
    private record Drawn(String digest, byte @Nullable [] png) {}

    private volatile @Nullable Drawn drawn;

    CompanyManagement(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.cache = new ShortCache<>(
                () -> read().orElseGet(() -> new Stored(CompanyProfile.NEUTRAL, 0, null, null, storedLogoVersion())),
                LIFETIME,
                clock);
        this.logoCache = new ShortCache<>(this::readLogo, LIFETIME, clock);
    }

    /** The company's identity in force (from memory most of the time). */
    public CompanyProfile current() {
        return cache.get().profile();
    }

    /** The stored profile and its version (0 and the neutral profile when none is stored yet). */
    public Stored stored() {
        return cache.get();
    }

    /** Whether the company's identity has been entered: until then, Guichet is in its first run. */
    public boolean isSetUp() {
        return cache.get().isSetUp();
    }

    /**
     * Stores the company's identity; {@code expectedVersion} is the one read (0 when none was stored), so that two
     * changes never overwrite each other.
     *
     * @throws CompanyProfileRefused when the identity breaks a rule of {@link CompanyIdentityPolicy}
     * @throws OptimisticLockingFailureException when it was changed since {@code expectedVersion}
     */
    @Transactional
    public Stored change(CompanyProfile typed, int expectedVersion, String by) {
        CompanyProfile profile = CompanyIdentityPolicy.check(typed);
        Instant now = clock.instant();
        Optional<Stored> before = read();
        if (expectedVersion == 0 && before.isPresent()) {
            throw new OptimisticLockingFailureException("Company profile stored meanwhile");
        }
        // A first profile stored at the same moment elsewhere makes this insert fail on the primary key.
        String sql = expectedVersion == 0
                ? "INSERT INTO company_profile (id, trade_name, legal_name, phone, email, address_lines, postcode, city,"
                        + " website, mail_sender, legal_form, share_capital, siren, siret, rcs_city, vat_number,"
                        + " brand_colour, default_language, opening_hours, iban, bic, version, changed_by, changed_at)"
                        + " VALUES (1, :tradeName, :legalName, :phone, :email, :addressLines, :postcode, :city,"
                        + " :website, :mailSender, :legalForm, :shareCapital, :siren, :siret, :rcsCity, :vatNumber,"
                        + " :brandColour, :defaultLanguage, :openingHours, :iban, :bic, 1, :by, :at)"
                : "UPDATE company_profile SET trade_name = :tradeName, legal_name = :legalName, phone = :phone,"
                        + " email = :email, address_lines = :addressLines, postcode = :postcode, city = :city,"
                        + " website = :website, mail_sender = :mailSender, legal_form = :legalForm,"
                        + " share_capital = :shareCapital, siren = :siren, siret = :siret, rcs_city = :rcsCity,"
                        + " vat_number = :vatNumber, brand_colour = :brandColour,"
                        + " default_language = :defaultLanguage, opening_hours = :openingHours, iban = :iban,"
                        + " bic = :bic, version = version + 1, changed_by = :by, changed_at = :at"
                        + " WHERE id = 1 AND version = :version";
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
                .param("legalForm", profile.legalForm())
                .param("shareCapital", profile.shareCapital())
                .param("siren", profile.siren())
                .param("siret", profile.siret())
                .param("rcsCity", profile.rcsCity())
                .param("vatNumber", profile.vatNumber())
                .param("brandColour", profile.brandColour())
                .param("defaultLanguage", profile.defaultLanguage().code())
                .param("openingHours", profile.openingHours())
                .param("iban", profile.iban())
                .param("bic", profile.bic())
                .param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("version", expectedVersion)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Company profile changed since version " + expectedVersion);
        }
        Map<String, String> was = before.map(stored -> fields(stored.profile())).orElseGet(Map::of);
        fields(profile).forEach((field, after) -> {
            String old = was.getOrDefault(field, "");
            if (!old.equals(after)) {
                record(now, by, field, old, after);
            }
        });
        cache.forgetAfterCommit();
        events.publishEvent(new PublicContentChanged("company"));
        return read().orElseThrow();
    }

    /** The latest {@code limit} changes from {@code offset}, newest first, and their total count. */
    public History history(int limit, int offset) {
        List<Change> changes = jdbc.sql("SELECT changed_at, changed_by, field, before_value, after_value"
                        + " FROM company_history ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Change(
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("field"),
                        rs.getString("before_value"),
                        rs.getString("after_value")))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM company_history")
                .query(Long.class)
                .single();
        return new History(changes, total);
    }

    /** The company's logo, if one is stored (from memory most of the time). */
    public Optional<CompanyLogo> logo() {
        return logoCache.get();
    }

    /**
     * The company's logo as a bitmap, for what shows no SVG (emails, contracts and quotes): a PNG or JPEG logo as it
     * is, an SVG one drawn as a PNG ({@link SvgLogoRaster}) once per logo and kept in memory (the same logo's digest
     * finds the same drawing). Empty when there is no logo, or, on the rare SVG that Batik cannot draw, with a warning
     * in the log (the upload refuses those).
     */
    public Optional<CompanyLogo> bitmapLogo() {
        Optional<CompanyLogo> stored = logo();
        if (stored.isEmpty() || !CompanyLogo.SVG.equals(stored.get().mediaType())) {
            return stored;
        }
        CompanyLogo svg = stored.get();
        Drawn drawn = this.drawn;
        if (drawn == null || !drawn.digest().equals(svg.digest())) {
            drawn = new Drawn(svg.digest(), draw(svg));
            this.drawn = drawn;
        }
        return drawn.png() == null
                ? Optional.empty()
                : Optional.of(new CompanyLogo(drawn.png(), CompanyLogo.PNG, svg.digest(), svg.version()));
    }

    private static byte @Nullable [] draw(CompanyLogo svg) {
        try {
            return SvgLogoRaster.png(svg.content());
        } catch (IllegalArgumentException unreadable) {
            LOG.warn(
                    "The company's SVG logo (version {}) could not be drawn as a PNG: left out of emails and PDFs",
                    svg.version(),
                    unreadable);
            return null;
        }
    }

    /**
     * Stores a new logo in place of the former one; {@code expectedVersion} is the logo's version read
     * ({@link Stored#logoVersion()}, 0 when there never was one).
     *
     * @throws CompanyRuleViolation (field {@code logo}) when it is not a PNG, JPEG or harmless SVG within the limit
     */
    @Transactional
    public CompanyLogo changeLogo(byte[] content, int expectedVersion, String by) {
        String mediaType = CompanyLogo.check(content);
        String digest = CompanyLogo.digestOf(content);
        Instant now = clock.instant();
        Optional<CompanyLogo> before = readLogo();
        int stored = storedLogoVersion();
        if (stored != expectedVersion) {
            throw new OptimisticLockingFailureException("Company logo changed since version " + expectedVersion);
        }
        int version = stored + 1;
        int written = jdbc.sql(
                        stored == 0
                                ? "INSERT INTO company_logo (id, content, media_type, digest, version, changed_by,"
                                        + " changed_at) VALUES (1, :content, :type, :digest, :version, :by, :at)"
                                : "UPDATE company_logo SET content = :content, media_type = :type, digest = :digest,"
                                        + " version = :version, changed_by = :by, changed_at = :at"
                                        + " WHERE id = 1 AND version = :expected")
                .param("content", content)
                .param("type", mediaType)
                .param("digest", digest)
                .param("version", version)
                .param("expected", expectedVersion)
                .param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update();
        if (written != 1) {
            throw new OptimisticLockingFailureException("Company logo changed since version " + expectedVersion);
        }
        record(now, by, "logo", before.map(CompanyManagement::describe).orElse(""), describe(mediaType, content));
        forgetAll();
        return new CompanyLogo(content, mediaType, digest, version);
    }

    /**
     * Removes the logo: the layouts show the trade name alone. The row stays, empty, so that the next logo gets a
     * version (and an address) never used before: browsers keep a logo's address for a year.
     *
     * @throws OptimisticLockingFailureException when the logo is not the version {@code expectedVersion} any more
     */
    @Transactional
    public void removeLogo(int expectedVersion, String by) {
        Optional<CompanyLogo> before = readLogo();
        if (before.isEmpty()
                || jdbc.sql("UPDATE company_logo SET content = :empty, media_type = '', digest = '',"
                                        + " version = version + 1, changed_by = :by, changed_at = :at"
                                        + " WHERE id = 1 AND version = :version")
                                .param("empty", new byte[0])
                                .param("by", by)
                                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                                .param("version", expectedVersion)
                                .update()
                        != 1) {
            throw new OptimisticLockingFailureException("Company logo changed since version " + expectedVersion);
        }
        record(clock.instant(), by, "logo", describe(before.get()), "");
        forgetAll();
    }

    private void forgetAll() {
        cache.forgetAfterCommit();
        logoCache.forgetAfterCommit();
        events.publishEvent(new PublicContentChanged("company logo"));
    }

    private static String describe(CompanyLogo logo) {
        return describe(logo.mediaType(), logo.content());
    }

    private static String describe(String mediaType, byte[] content) {
        return mediaType + ", " + Math.max(1, Math.round(content.length / 1024.0)) + " KB, "
                + CompanyLogo.digestOf(content).substring(0, 8);
    }

    private void record(Instant at, String by, String field, String before, String after) {
        jdbc.sql("INSERT INTO company_history (changed_at, changed_by, field, before_value, after_value)"
                        + " VALUES (:at, :by, :field, :before, :after)")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("field", field)
                .param("before", cut(before))
                .param("after", cut(after))
                .update();
    }

    private static String cut(String value) {
        return value.length() <= HISTORY_VALUE_MAX ? value : value.substring(0, HISTORY_VALUE_MAX - 1) + "…";
    }

    /** The fields of a profile as the history names and shows them. */
    private static Map<String, String> fields(CompanyProfile p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tradeName", p.tradeName());
        fields.put("legalName", p.legalName());
        fields.put("legalForm", p.legalForm());
        fields.put(
                "shareCapital", p.shareCapital() == null ? "" : p.shareCapital().toPlainString());
        fields.put("siren", p.siren());
        fields.put("siret", p.siret());
        fields.put("rcsCity", p.rcsCity());
        fields.put("vatNumber", p.vatNumber());
        fields.put("addressLines", String.join("\n", p.addressLines()));
        fields.put("postcode", p.postcode());
        fields.put("city", p.city());
        fields.put("phone", p.phone());
        fields.put("email", p.email());
        fields.put("website", p.website());
        fields.put("mailSender", p.mailSender());
        fields.put("openingHours", p.openingHours());
        fields.put("brandColour", p.brandColour());
        fields.put("defaultLanguage", p.defaultLanguage().code());
        fields.put("iban", p.iban());
        fields.put("bic", p.bic());
        return fields;
    }

    private int storedLogoVersion() {
        return jdbc.sql("SELECT version FROM company_logo WHERE id = 1")
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private Optional<CompanyLogo> readLogo() {
        return jdbc.sql(
                        "SELECT content, media_type, digest, version FROM company_logo WHERE id = 1 AND media_type <> ''")
                .query((rs, n) -> new CompanyLogo(
                        rs.getBytes("content"),
                        rs.getString("media_type"),
                        rs.getString("digest"),
                        rs.getInt("version")))
                .optional();
    }

    private Optional<Stored> read() {
        return jdbc.sql("SELECT * FROM company_profile WHERE id = 1")
                .query((rs, n) -> new Stored(
                        profile(rs),
                        rs.getInt("version"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        storedLogoVersion()))
                .optional();
    }

    private static CompanyProfile profile(ResultSet rs) throws SQLException {
        BigDecimal capital = rs.getBigDecimal("share_capital");
        return new CompanyProfile(
                rs.getString("trade_name"),
                rs.getString("legal_name"),
                rs.getString("phone"),
                rs.getString("email"),
                new ArrayList<>(Arrays.asList(rs.getString("address_lines").split("\n"))),
                rs.getString("postcode"),
                rs.getString("city"),
                rs.getString("website"),
                rs.getString("mail_sender"),
                rs.getString("legal_form"),
                capital,
                rs.getString("siren"),
                rs.getString("siret"),
                rs.getString("rcs_city"),
                rs.getString("vat_number"),
                rs.getString("brand_colour"),
                Language.ofCode(Objects.requireNonNullElse(rs.getString("default_language"), "fr")),
                rs.getString("opening_hours"),
                rs.getString("iban"),
                rs.getString("bic"));
    }
}
