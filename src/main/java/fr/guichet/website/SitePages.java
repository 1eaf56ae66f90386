package fr.guichet.website;

import fr.guichet.shared.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The site's pages in the database: drafts, published versions, and what visitors read. */
@Repository
class SitePages {

    private static final String TEXT_COLUMNS =
            "language, title, slug, body_markdown, body_html, seo_title, seo_description";

    private final JdbcClient jdbc;

    SitePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SitePage page, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO website_page (kind, fixed_place, menu_position, status, draft_changed, created_by,
                            created_at, updated_by, updated_at, version)
                        VALUES (:kind, :place, :menu, :status, FALSE, :by, :now, :by, :now, 0)""")
                .param("kind", page.getKind().name())
                .param("place", page.getKind().fixedPlace() ? page.getKind().name() : null)
                .param("menu", page.getMenuPosition())
                .param("status", page.getStatus().name())
                .param("by", by)
                .param("now", at(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (PageText text : page.texts()) {
            insertText("website_page_text", "page_id", id, text);
        }
        return id;
    }

    /** Saves the page's state and draft, if it is still at {@code page.getVersion()}; answers the new version. */
    int update(SitePage page, String by, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE website_page SET menu_position = :menu, status = :status, publish_at = :publishAt,
                            published_number = :number, published_at = :publishedAt, draft_changed = :changed,
                            updated_by = :by, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("menu", page.getMenuPosition())
                .param("status", page.getStatus().name())
                .param("publishAt", at(page.getPublishAt()))
                .param("number", page.getPublishedNumber())
                .param("publishedAt", at(page.getPublishedAt()))
                .param("changed", page.isDraftChanged())
                .param("by", by)
                .param("now", at(now))
                .param("id", page.getId())
                .param("version", page.getVersion())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Site page " + page.getId() + " changed meanwhile");
        }
        jdbc.sql("DELETE FROM website_page_text WHERE page_id = :id")
                .param("id", page.getId())
                .update();
        for (PageText text : page.texts()) {
            insertText("website_page_text", "page_id", page.getId(), text);
        }
        return page.getVersion() + 1;
    }

    void insertVersion(long pageId, int number, List<PageText> texts, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO website_page_version (page_id, number, published_by, published_at)
                        VALUES (:page, :number, :by, :now)""")
                .param("page", pageId)
                .param("number", number)
                .param("by", by)
                .param("now", at(now))
                .update();
        long versionId = jdbc.sql("SELECT id FROM website_page_version WHERE page_id = :page AND number = :number")
                .param("page", pageId)
                .param("number", number)
                .query(Long.class)
                .single();
        for (PageText text : texts) {
            insertText("website_page_version_text", "version_id", versionId, text);
        }
    }

    private void insertText(String table, String owner, long ownerId, PageText text) {
        jdbc.sql("INSERT INTO " + table + " (" + owner + ", " + TEXT_COLUMNS
                        + ") VALUES (:owner, :language, :title, :slug, :markdown, :html, :seoTitle, :seoDescription)")
                .param("owner", ownerId)
                .param("language", text.language().code())
                .param("title", text.title())
                .param("slug", text.slug())
                .param("markdown", text.bodyMarkdown())
                .param("html", text.bodyHtml())
                .param("seoTitle", text.seoTitle())
                .param("seoDescription", text.seoDescription())
                .update();
    }

    Optional<SitePage> find(long id) {
        List<PageText> texts = jdbc.sql("SELECT " + TEXT_COLUMNS + " FROM website_page_text WHERE page_id = :id")
                .param("id", id)
                .query((rs, n) -> text(rs))
                .list();
        return jdbc.sql("SELECT * FROM website_page WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> page(rs, texts))
                .optional();
    }

    Optional<Long> idOfPlace(PageKind kind) {
        return jdbc.sql("SELECT id FROM website_page WHERE fixed_place = :kind")
                .param("kind", kind.name())
                .query(Long.class)
                .optional();
    }

    List<SitePage> all() {
        Map<Long, List<PageText>> texts = new HashMap<>();
        jdbc.sql("SELECT page_id, " + TEXT_COLUMNS + " FROM website_page_text").query(rs -> {
            texts.computeIfAbsent(rs.getLong("page_id"), k -> new ArrayList<>()).add(text(rs));
        });
        return jdbc.sql("SELECT * FROM website_page ORDER BY id")
                .query((rs, n) -> page(rs, texts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    List<Long> dueIds(Instant now) {
        return jdbc.sql("SELECT id FROM website_page WHERE publish_at <= :now ORDER BY publish_at")
                .param("now", at(now))
                .query(Long.class)
                .list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM website_page WHERE id = :id").param("id", id).update();
    }

    /** Whether another page uses the slug in that language, in its draft or its published version. */
    boolean slugTaken(Language language, String slug, @Nullable Long except) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM website_page_text t
                        WHERE t.language = :language AND t.slug = :slug AND t.page_id <> :except""")
                                .param("language", language.code())
                                .param("slug", slug)
                                .param("except", except == null ? -1L : except)
                                .query(Integer.class)
                                .single()
                        > 0
                || jdbc.sql("""
                                SELECT COUNT(*) FROM website_page p
                                JOIN website_page_version v ON v.page_id = p.id AND v.number = p.published_number
                                JOIN website_page_version_text t ON t.version_id = v.id
                                WHERE p.status = 'PUBLISHED' AND t.language = :language AND t.slug = :slug
                                  AND p.id <> :except""")
                                .param("language", language.code())
                                .param("slug", slug)
                                .param("except", except == null ? -1L : except)
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    List<PageVersion> versions(long pageId) {
        Map<Integer, Map<Language, String>> titles = new HashMap<>();
        jdbc.sql("""
                        SELECT v.number, t.language, t.title FROM website_page_version v
                        JOIN website_page_version_text t ON t.version_id = v.id WHERE v.page_id = :page""").param("page", pageId).query(rs -> {
            titles.computeIfAbsent(rs.getInt("number"), k -> new HashMap<>())
                    .put(Language.ofCode(rs.getString("language")), rs.getString("title"));
        });
        return jdbc.sql("""
                        SELECT number, published_by, published_at FROM website_page_version
                        WHERE page_id = :page ORDER BY number DESC""")
                .param("page", pageId)
                .query((rs, n) -> new PageVersion(
                        rs.getInt("number"),
                        rs.getString("published_by"),
                        instant(rs, "published_at"),
                        titles.getOrDefault(rs.getInt("number"), Map.of())))
                .list();
    }

    List<PageText> versionTexts(long pageId, int number) {
        return jdbc.sql("SELECT " + TEXT_COLUMNS.replace("language", "t.language")
                        + " FROM website_page_version v JOIN website_page_version_text t ON t.version_id = v.id"
                        + " WHERE v.page_id = :page AND v.number = :number")
                .param("page", pageId)
                .param("number", number)
                .query((rs, n) -> text(rs))
                .list();
    }

    /** The published texts of every published page (few: a company's site), with their page's kind and menu place. */
    List<PublishedPage> published() {
        Map<Long, List<PageText>> texts = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id AS page_id, t.language, t.title, t.slug, t.body_markdown, t.body_html, t.seo_title,
                            t.seo_description
                        FROM website_page p
                        JOIN website_page_version v ON v.page_id = p.id AND v.number = p.published_number
                        JOIN website_page_version_text t ON t.version_id = v.id
                        WHERE p.status = 'PUBLISHED'""").query(rs -> {
            texts.computeIfAbsent(rs.getLong("page_id"), k -> new ArrayList<>()).add(text(rs));
        });
        return jdbc.sql("""
                        SELECT id, kind, menu_position, published_at FROM website_page WHERE status = 'PUBLISHED'
                        ORDER BY id""")
                .query((rs, n) -> new PublishedPage(
                        rs.getLong("id"),
                        PageKind.valueOf(rs.getString("kind")),
                        (Integer) rs.getObject("menu_position"),
                        instant(rs, "published_at"),
                        texts.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The page that once had this slug in a published version, if it is still published (for a permanent redirect). */
    Optional<Long> formerOwnerOf(Language language, String slug) {
        return jdbc.sql("""
                        SELECT DISTINCT p.id FROM website_page p
                        JOIN website_page_version v ON v.page_id = p.id
                        JOIN website_page_version_text t ON t.version_id = v.id
                        WHERE p.status = 'PUBLISHED' AND t.language = :language AND t.slug = :slug""").param("language", language.code()).param("slug", slug).query(Long.class).list().stream()
                .findFirst();
    }

    private static SitePage page(ResultSet rs, List<PageText> texts) throws SQLException {
        return new SitePage(
                rs.getLong("id"),
                PageKind.valueOf(rs.getString("kind")),
                (Integer) rs.getObject("menu_position"),
                PageStatus.valueOf(rs.getString("status")),
                instant(rs, "publish_at"),
                (Integer) rs.getObject("published_number"),
                instant(rs, "published_at"),
                rs.getBoolean("draft_changed"),
                texts,
                rs.getInt("version"));
    }

    private static PageText text(ResultSet rs) throws SQLException {
        return new PageText(
                Language.ofCode(rs.getString("language")),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("body_markdown"),
                rs.getString("body_html"),
                rs.getString("seo_title"),
                rs.getString("seo_description"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
