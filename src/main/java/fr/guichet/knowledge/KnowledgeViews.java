package fr.guichet.knowledge;

import fr.guichet.knowledge.internal.ArticleRepository;
import fr.guichet.knowledge.internal.CategoryRepository;
import fr.guichet.shared.Language;
import fr.guichet.shared.LikePattern;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the knowledge base shows: the back office's list (every article, filtered and counted) and the help centre
 * (published public articles only — never a draft, never an internal article).
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeViews {

    /** Published and for everyone: the only articles the help centre ever reads. */
    static final String VISIBLE = "a.status = 'PUBLISHED' AND a.audience = 'PUBLIC'";

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final CategoryRepository categories;

    KnowledgeViews(JdbcClient jdbc, ArticleRepository articles, CategoryRepository categories) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.categories = categories;
    }

    // --- the back office

    /** One page of the articles matching the filters, most recently changed first, titled in the reader's language. */
    public ArticlePage list(ArticleFilter filter, int page, int size, Locale locale) {
        Language lang = Language.of(locale);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM knowledge_article a WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        // a page past the last shows the last one (and no offset overflows)
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int safePage = Math.min(Math.max(0, page), lastPage);
        List<ArticleRow> rows = jdbc.sql("SELECT a.id, a.status, a.audience, a.helpful_yes, a.helpful_no, a.updated_by,"
                        + " a.updated_at, t1.title AS title1, t2.title AS title2, t1.language AS l1, t2.language AS l2,"
                        + " c.name_fr, c.name_en"
                        + " FROM knowledge_article a"
                        + " LEFT JOIN knowledge_translation t1 ON t1.article_id = a.id AND t1.language = :lang"
                        + " LEFT JOIN knowledge_translation t2 ON t2.article_id = a.id AND t2.language = :other"
                        + " LEFT JOIN knowledge_category c ON c.id = a.category_id"
                        + " WHERE " + where
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("lang", lang.code())
                .param("other", other(lang).code())
                .param("limit", size)
                .param("offset", safePage * size)
                .query((rs, n) -> row(rs, lang))
                .list();
        Map<String, Object> countParams = new LinkedHashMap<>();
        String otherFilters = where(filter.withStatus(null), countParams);
        Map<ArticleStatus, Long> byStatus = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.sql("SELECT a.status, COUNT(*) AS n FROM knowledge_article a WHERE " + otherFilters + " GROUP BY a.status")
                .params(countParams)
                .query((rs, n) -> Map.entry(ArticleStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(e -> byStatus.put(e.getKey(), e.getValue()));
        return new ArticlePage(rows, total, safePage, size, byStatus);
    }

    /** Every article but one, titled in the reader's language: the choices of the related articles' picker. */
    public List<ArticleRow> relatedChoices(@Nullable Long except, Locale locale) {
        List<ArticleRow> all = new ArrayList<>(
                list(new ArticleFilter(null, null, null, null), 0, 1000, locale).rows());
        all.removeIf(row -> Objects.equals(row.id(), except) || row.status() == ArticleStatus.ARCHIVED);
        all.sort((x, y) -> x.title().compareToIgnoreCase(y.title()));
        return all;
    }

    /** The articles an article points to, as rows (any state: the back office sees them all). */
    public List<ArticleRow> rowsOf(List<Long> ids, Locale locale) {
        Map<Long, ArticleRow> byId = list(new ArticleFilter(null, null, null, null), 0, 1000, locale).rows().stream()
                .collect(Collectors.toMap(ArticleRow::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static String where(ArticleFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.audience() != null) {
            conditions.add("a.audience = :audience");
            params.put("audience", filter.audience().name());
        }
        if (filter.categoryId() != null) {
            conditions.add("a.category_id = :category");
            params.put("category", filter.categoryId());
        }
        if (filter.language() != null) {
            conditions.add("EXISTS (SELECT 1 FROM knowledge_translation x WHERE x.article_id = a.id"
                    + " AND x.language = :filterLanguage)");
            params.put("filterLanguage", filter.language().code());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM knowledge_translation y WHERE y.article_id = a.id"
                    + " AND (LOWER(y.title) LIKE :text" + LikePattern.ESCAPE + " OR y.slug LIKE :text"
                    + LikePattern.ESCAPE + "))");
            params.put("text", LikePattern.containing(filter.text().strip().toLowerCase(Locale.ROOT)));
        }
        return String.join(" AND ", conditions);
    }

    private static ArticleRow row(ResultSet rs, Language lang) throws SQLException {
        String title = rs.getString("title1") != null ? rs.getString("title1") : rs.getString("title2");
        List<String> languages = new ArrayList<>();
        for (String l : new String[] {rs.getString("l1"), rs.getString("l2")}) {
            if (l != null) {
                languages.add(l);
            }
        }
        languages.sort(Comparator.FRENCH_FIRST);
        String category = rs.getString(lang == Language.EN ? "name_en" : "name_fr");
        return new ArticleRow(
                rs.getLong("id"),
                title == null ? "" : title,
                languages,
                category,
                ArticleStatus.valueOf(rs.getString("status")),
                ArticleAudience.valueOf(rs.getString("audience")),
                rs.getInt("helpful_yes"),
                rs.getInt("helpful_no"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    // --- the help centre

    /** The help centre's sections in order, each with its first {@code perCategory} articles and their count. */
    public List<HelpCategory> helpCentre(Locale locale, int perCategory) {
        Map<Long, List<HelpLink>> byCategory = visibleLinks(Language.of(locale), null);
        List<HelpCategory> sections = new ArrayList<>();
        for (KnowledgeCategory category : categories.findAllOrdered()) {
            List<HelpLink> links = byCategory.getOrDefault(category.getId(), List.of());
            if (!links.isEmpty()) {
                sections.add(new HelpCategory(
                        Objects.requireNonNull(category.getId()),
                        category.getSlug(),
                        category.name(locale),
                        links.subList(0, Math.min(perCategory, links.size())),
                        links.size()));
            }
        }
        return sections;
    }

    /** A section of the help centre with all its articles; empty when unknown or without any article for readers. */
    public Optional<HelpCategory> helpCategory(String slug, Locale locale) {
        return categories.findBySlug(slug).map(category -> {
            List<HelpLink> links =
                    visibleLinks(Language.of(locale), category.getId()).getOrDefault(category.getId(), List.of());
            return new HelpCategory(
                    Objects.requireNonNull(category.getId()),
                    category.getSlug(),
                    category.name(locale),
                    links,
                    links.size());
        });
    }

    /** The articles readers found most helpful (at least one "yes"), best first. */
    public List<HelpLink> mostHelpful(Locale locale, int count) {
        List<Long> ids = jdbc.sql("SELECT a.id FROM knowledge_article a WHERE " + VISIBLE
                        + " AND a.helpful_yes > 0 ORDER BY a.helpful_yes - a.helpful_no DESC, a.helpful_yes DESC, a.id"
                        + " LIMIT :count")
                .param("count", count)
                .query(Long.class)
                .list();
        Map<Long, HelpLink> links = linksById(Language.of(locale));
        return ids.stream().map(links::get).filter(Objects::nonNull).toList();
    }

    /**
     * A published public article by its address in either language: in the language that address is written in;
     * when the same address exists in both, in {@code preferred}. Drafts, archived and internal articles are unknown.
     */
    public HelpArticle helpArticle(String slug, Language preferred) {
        List<Map.Entry<Long, String>> found = jdbc.sql("SELECT t.article_id, t.language FROM knowledge_translation t"
                        + " JOIN knowledge_article a ON a.id = t.article_id WHERE t.slug = :slug AND " + VISIBLE)
                .param("slug", slug)
                .query((rs, n) -> Map.entry(rs.getLong("article_id"), rs.getString("language")))
                .list();
        Map.Entry<Long, String> hit = found.stream()
                .filter(e -> e.getValue().equals(preferred.code()))
                .findFirst()
                .or(() -> found.stream().findFirst())
                .orElseThrow(() -> new UnknownArticle(slug));
        KnowledgeArticle article = articles.findById(hit.getKey())
                .filter(KnowledgeArticle::isVisibleToEveryone)
                .orElseThrow(() -> new UnknownArticle(slug));
        Language language = Language.ofCode(hit.getValue());
        Map<String, String> alternates = new LinkedHashMap<>();
        article.translationsByLanguage().forEach((l, text) -> alternates.put(l.code(), text.slug()));
        Map<Long, HelpLink> links = linksById(language);
        List<HelpLink> related = article.relatedIds().stream()
                .map(links::get)
                .filter(Objects::nonNull)
                .toList();
        KnowledgeCategory category = article.getCategoryId() == null
                ? null
                : categories.findById(article.getCategoryId()).orElse(null);
        return new HelpArticle(
                article, language, article.translation(language).orElseThrow(), category, alternates, related);
    }

    /** The answer this voter gave on this article, if any. */
    public Optional<Boolean> voteOf(long articleId, String voterKey) {
        return jdbc.sql("SELECT helpful FROM knowledge_vote WHERE article_id = :id AND voter_key = :key")
                .param("id", articleId)
                .param("key", voterKey)
                .query(Boolean.class)
                .optional();
    }

    /** Every published public article's address in each language, and when it last changed: for the sitemap. */
    public List<Map.Entry<Long, Map<String, String>>> visibleAddresses() {
        Map<Long, Map<String, String>> byArticle = new LinkedHashMap<>();
        jdbc.sql("SELECT a.id, t.language, t.slug FROM knowledge_article a"
                        + " JOIN knowledge_translation t ON t.article_id = a.id WHERE " + VISIBLE
                        + " ORDER BY a.id, t.language DESC")
                .query(rs -> {
                    byArticle
                            .computeIfAbsent(rs.getLong("id"), id -> new LinkedHashMap<>())
                            .put(rs.getString("language"), rs.getString("slug"));
                });
        return new ArrayList<>(byArticle.entrySet());
    }

    /** When each published public article last changed, by id. */
    public Map<Long, java.time.Instant> visibleUpdates() {
        Map<Long, java.time.Instant> updates = new LinkedHashMap<>();
        jdbc.sql("SELECT a.id, a.updated_at FROM knowledge_article a WHERE " + VISIBLE)
                .query(rs -> {
                    updates.put(
                            rs.getLong("id"),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant());
                });
        return updates;
    }

    /** Each visible article's link in the language, or in the other one when it is not translated. */
    private Map<Long, HelpLink> linksById(Language language) {
        Map<Long, HelpLink> links = new LinkedHashMap<>();
        jdbc.sql("SELECT a.id, t.language, t.slug, t.title, t.summary FROM knowledge_article a"
                        + " JOIN knowledge_translation t ON t.article_id = a.id WHERE " + VISIBLE)
                .query(rs -> {
                    HelpLink link = new HelpLink(
                            rs.getLong("id"),
                            rs.getString("slug"),
                            rs.getString("title"),
                            rs.getString("summary"),
                            rs.getString("language"));
                    links.merge(link.id(), link, (a, b) -> a.language().equals(language.code()) ? a : b);
                });
        return links;
    }

    /** The visible articles by category (of one category, or all), in the reader's language, by title. */
    private Map<Long, List<HelpLink>> visibleLinks(Language language, @Nullable Long category) {
        Map<Long, Long> categoryOf = new LinkedHashMap<>();
        jdbc.sql("SELECT a.id, a.category_id FROM knowledge_article a WHERE " + VISIBLE
                        + " AND a.category_id IS NOT NULL" + (category == null ? "" : " AND a.category_id = :category"))
                .params(category == null ? Map.of() : Map.of("category", category))
                .query(rs -> {
                    categoryOf.put(rs.getLong("id"), rs.getLong("category_id"));
                });
        Map<Long, List<HelpLink>> byCategory = new LinkedHashMap<>();
        linksById(language).values().stream()
                .filter(link -> categoryOf.containsKey(link.id()))
                .sorted((x, y) -> x.title().compareToIgnoreCase(y.title()))
                .forEach(link -> byCategory
                        .computeIfAbsent(categoryOf.get(link.id()), id -> new ArrayList<>())
                        .add(link));
        return byCategory;
    }

    private static Language other(Language language) {
        return language == Language.FR ? Language.EN : Language.FR;
    }

    /** French before English. */
    private enum Comparator implements java.util.Comparator<String> {
        FRENCH_FIRST;

        @Override
        public int compare(String x, String y) {
            return Language.ofCode(x).compareTo(Language.ofCode(y));
        }
    }
}
