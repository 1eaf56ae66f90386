package fr.guichet.knowledge.internal;

import fr.guichet.shared.Language;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search on PostgreSQL: full-text search on the generated, GIN-indexed {@code search_vector} of each translation
 * (V47), with the 'french' or 'english' configuration by the translation's language and the same accent folding on
 * the query ({@code knowledge_fold}). Every word must match on the search page ({@code plainto_tsquery}); any word
 * in suggestions (its {@code &} turned into {@code |}). Ranked by a match in the title first, then {@code ts_rank}.
 */
public class PostgresArticleSearch implements ArticleSearchStrategy {

    private static final String EVERY_WORD = "plainto_tsquery('%s', knowledge_fold(:query))";

    private static final String ANY_WORD =
            "CAST(NULLIF(replace(CAST(plainto_tsquery('%s', knowledge_fold(:query)) AS text), ' & ', ' | '), '') AS tsquery)";

    /**
     * The last word being typed as a prefix ({@code :prefix} is folded letters and digits only, so always valid
     * {@code to_tsquery} syntax); null when it is a common word.
     */
    private static final String PREFIX = "CAST(NULLIF(CAST(to_tsquery('%s', :prefix || ':*') AS text), '') AS tsquery)";

    /** Any word, or the prefix (either side may be null: a query of common words only). */
    private static final String WITH_PREFIX =
            "(SELECT CASE WHEN w IS NULL THEN p WHEN p IS NULL THEN w ELSE w || p END FROM (SELECT %s AS w, %s AS p) x)";

    private final JdbcClient jdbc;

    public PostgresArticleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<SearchCandidate> find(
            String query, @Nullable String prefix, boolean everyWord, boolean withInternal, int limit) {
        String form = everyWord ? EVERY_WORD : ANY_WORD;
        String words = prefix == null ? form : WITH_PREFIX.formatted(form, PREFIX);
        String sql = """
                WITH q AS (SELECT %s AS fr, %s AS en)
                SELECT a.id, a.audience, t.language, t.slug, t.title, t.summary, t.body_text,
                       ts_filter(t.search_vector, '{a}') @@ (CASE WHEN t.language = 'en' THEN q.en ELSE q.fr END) AS in_title,
                       ts_rank('{0.1, 0.2, 0.4, 1.0}', t.search_vector,
                               CASE WHEN t.language = 'en' THEN q.en ELSE q.fr END) AS rank
                FROM q, knowledge_article a JOIN knowledge_translation t ON t.article_id = a.id
                WHERE a.status = 'PUBLISHED' AND (a.audience = 'PUBLIC' OR :withInternal)
                  AND ((t.language = 'fr' AND t.search_vector @@ q.fr) OR (t.language = 'en' AND t.search_vector @@ q.en))
                ORDER BY in_title DESC, rank DESC, a.id
                LIMIT :limit
                """.formatted(words.replace("%s", "french"), words.replace("%s", "english"));
        return jdbc.sql(sql)
                .param("query", query)
                .param("prefix", prefix == null ? "" : prefix)
                .param("withInternal", withInternal)
                .param("limit", limit)
                .query((rs, row) -> new SearchCandidate(
                        rs.getLong("id"),
                        "INTERNAL".equals(rs.getString("audience")),
                        Language.ofCode(rs.getString("language")),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("body_text"),
                        rs.getBoolean("in_title"),
                        rs.getDouble("rank")))
                .list();
    }
}
