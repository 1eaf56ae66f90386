package fr.guichet.website;

import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.TextInput;
import fr.guichet.shared.Versions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library: images (PNG, JPEG, GIF, WebP) uploaded once by the webmaster and shown in pages and news.
 * Checked by their first bytes, at most {@link #MAX_BYTES} and {@link #MAX_PIXELS} a side; SVG drawings are refused
 * (they can carry scripts). Kept in the database, so that every instance serves them. A file in use cannot be deleted.
 */
@Service
@Transactional
public class MediaLibrary {

    /** One page of the library, newest first, and the cursor of the next (older) page if there is one. */
    public record MediaPage(
            List<MediaFile> files, long total, @Nullable Long nextBefore) {}

    /** The largest file taken: 5 MB, plenty for a photo on a web page. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The largest width or height taken. */
    public static final int MAX_PIXELS = 10_000;

    static final int ALT_MAX = 300;

    private static final String COLUMNS = "id, filename, content_type, size_bytes, width, height, sha256, alt_fr,"
            + " alt_en, uploaded_by, created_at, version";

    private final JdbcClient jdbc;
    private final List<MediaUsageSource> usages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediaLibrary(JdbcClient jdbc, List<MediaUsageSource> usages, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.usages = usages;
        this.events = events;
        this.clock = clock;
    }

    /** Adds an image; the name it was sent with only gives its address a readable name. */
    public MediaFile upload(String originalName, byte[] content, String altFr, String altEn, String by) {
        if (content.length == 0) {
            throw new NewsRuleViolation("file", "media.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new NewsRuleViolation("file", "media.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (MediaFormat.looksLikeSvg(content)) {
            throw new NewsRuleViolation("file", "media.error.svg");
        }
        MediaFormat format =
                MediaFormat.detect(content).orElseThrow(() -> new NewsRuleViolation("file", "media.error.type"));
        int[] size = format.dimensions(content).orElse(null);
        if (size != null && (size[0] > MAX_PIXELS || size[1] > MAX_PIXELS || size[0] < 1 || size[1] < 1)) {
            throw new NewsRuleViolation("file", "media.error.dimensions", MAX_PIXELS);
        }
        String fr = alt("altFr", altFr);
        String en = alt("altEn", altEn);
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO website_media (filename, content_type, size_bytes, width, height, sha256,"
                        + " alt_fr, alt_en, content, uploaded_by, created_at, updated_at, version)"
                        + " VALUES (:name, :type, :size, :width, :height, :sha, :fr, :en, :content, :by, :at, :at, 0)")
                .param("name", filename(originalName, format))
                .param("type", format.contentType())
                .param("size", content.length)
                .param("width", size == null ? null : size[0])
                .param("height", size == null ? null : size[1])
                .param("sha", sha256(content))
                .param("fr", fr)
                .param("en", en)
                .param("content", content)
                .param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return get(keys.getKeyAs(Number.class).longValue());
    }

    /** Changes the alternative texts (what the image shows); {@code expectedVersion} is the one read. */
    public MediaFile describe(long id, int expectedVersion, String altFr, String altEn) {
        MediaFile file = get(id);
        Versions.require("Media " + id, file.version(), expectedVersion);
        int updated = jdbc.sql(
                        "UPDATE website_media SET alt_fr = :fr, alt_en = :en, updated_at = :at, version = version + 1"
                                + " WHERE id = :id AND version = :version")
                .param("fr", alt("altFr", altFr))
                .param("en", alt("altEn", altEn))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Media " + id + " changed meanwhile");
        }
        return get(id);
    }

    /** Deletes a file no page or news item shows. */
    public MediaFile delete(long id, int expectedVersion) {
        MediaFile file = get(id);
        Versions.require("Media " + id, file.version(), expectedVersion);
        if (!usesOf(id).isEmpty()) {
            throw new NewsRuleViolation("file", "media.error.in-use");
        }
        jdbc.sql("DELETE FROM website_media WHERE id = :id").param("id", id).update();
        events.publishEvent(new PublicContentChanged("media " + id + " deleted"));
        return file;
    }

    @Transactional(readOnly = true)
    public MediaFile get(long id) {
        return find(id).orElseThrow(() -> new UnknownMedia(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<MediaFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM website_media WHERE id = :id")
                .param("id", id)
                .query(MediaLibrary::file)
                .optional();
    }

    /** The bytes of the file. */
    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return jdbc.sql("SELECT content FROM website_media WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new UnknownMedia(String.valueOf(id)));
    }

    /** The library, newest first; {@code search} filters on the name and the alternative texts. */
    @Transactional(readOnly = true)
    public MediaPage list(@Nullable String search, @Nullable Long before, int size) {
        String like = search == null || search.isBlank()
                ? null
                : "%"
                        + search.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        String where = like == null
                ? " WHERE 1 = 1"
                : " WHERE (LOWER(filename) LIKE :like ESCAPE '\\' OR LOWER(alt_fr) LIKE :like ESCAPE '\\'"
                        + " OR LOWER(alt_en) LIKE :like ESCAPE '\\')";
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM website_media" + where
                + (before == null ? "" : " AND id < :before") + " ORDER BY id DESC LIMIT :limit");
        var count = jdbc.sql("SELECT COUNT(*) FROM website_media" + where);
        if (like != null) {
            query = query.param("like", like);
            count = count.param("like", like);
        }
        if (before != null) {
            query = query.param("before", before);
        }
        List<MediaFile> files =
                query.param("limit", size + 1).query(MediaLibrary::file).list();
        long total = count.query(Long.class).single();
        if (files.size() > size) {
            List<MediaFile> shown = files.subList(0, size);
            return new MediaPage(List.copyOf(shown), total, shown.get(size - 1).id());
        }
        return new MediaPage(files, total, null);
    }

    /** Where the file is shown: news items, site pages. */
    @Transactional(readOnly = true)
    public List<MediaUsageSource.MediaUse> usesOf(long id) {
        return usages.stream().flatMap(source -> source.usesOf(id).stream()).toList();
    }

    private static String alt(String field, @Nullable String text) {
        String alt = text == null ? "" : TextInput.normalise(text, false).strip();
        if (alt.length() > ALT_MAX) {
            throw new NewsRuleViolation(field, "news.error.too-long", ALT_MAX);
        }
        return alt;
    }

    /** A readable, safe name for the address: the sent name's words, the format's own extension. */
    static String filename(@Nullable String original, MediaFormat format) {
        String name = original == null ? "" : original.replaceAll(".*[\\\\/]", "");
        int dot = name.lastIndexOf('.');
        String stem = NewsSlugs.fromTitle(dot > 0 ? name.substring(0, dot) : name);
        if (stem.length() > 100) {
            stem = stem.substring(0, 100).replaceAll("-+$", "");
        }
        return (stem.isEmpty() ? "image" : stem) + "." + format.extension();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MediaFile file(ResultSet rs, int row) throws SQLException {
        return new MediaFile(
                rs.getLong("id"),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getObject("width", Integer.class),
                rs.getObject("height", Integer.class),
                rs.getString("sha256"),
                rs.getString("alt_fr"),
                rs.getString("alt_en"),
                rs.getString("uploaded_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }
}
