package fr.guichet.knowledge;

import fr.guichet.knowledge.internal.ArticleSearchStrategy;
import fr.guichet.knowledge.internal.H2ArticleSearch;
import fr.guichet.knowledge.internal.PostgresArticleSearch;
import fr.guichet.knowledge.internal.SearchCandidate;
import fr.guichet.knowledge.internal.SearchHighlighter;
import fr.guichet.knowledge.internal.SearchQuery;
import fr.guichet.shared.Language;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the published articles, one class whatever the database (ADR 0032): PostgreSQL's full-text
 * search with French and English stemming and accent folding in production, stems computed in Java on H2. Results are
 * ranked (a match in the title first; in suggestions, the last word also as the beginning of a word, for what is
 * still being typed), one per article (in the reader's language when that version matches), their
 * matched words highlighted in escaped HTML. Internal articles only when staff asks.
 */
@Service
public class KnowledgeSearch {

    /** The longest query taken into account (characters). */
    public static final int MAX_QUERY = 200;

    /** Who is searching: internal articles are for staff only. */
    public enum Scope {
        PUBLIC,
        STAFF
    }

    /** Every word must match (a search), or any of them (suggestions while someone types). */
    public enum Match {
        EVERY_WORD,
        ANY_WORD
    }

    /**
     * A result: the article's version in its language, title and snippet as HTML (escaped, matched words in {@code
     * <mark>}).
     */
    public record Hit(
            long articleId,
            Language language,
            String slug,
            String title,
            String titleHtml,
            String snippetHtml,
            boolean internal) {

        /** The article's public address (its language is its slug's). */
        public String path() {
            return "/help/articles/" + slug;
        }
    }

    private final ArticleSearchStrategy strategy;

    KnowledgeSearch(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.strategy = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? new PostgresArticleSearch(jdbc)
                    : new H2ArticleSearch(jdbc);
        }
    }

    /** Which strategy answers here: "postgresql" or "h2". */
    public String strategy() {
        return strategy.name();
    }

    /** The articles matching the query, best first, at most {@code limit}; none for a blank query. */
    @Transactional(readOnly = true)
    public List<Hit> search(String query, Language reader, Scope scope, Match match, int limit) {
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        // while someone types (suggestions), the last word may be unfinished: it also counts as a prefix
        boolean typing = match == Match.ANY_WORD;
        String prefix = typing ? SearchQuery.of(text, reader, true).prefix() : null;
        List<SearchCandidate> found = strategy.find(
                text, prefix, match == Match.EVERY_WORD, scope == Scope.STAFF, Math.min(200, limit * 2 + 10));
        Map<Long, SearchCandidate> byArticle = new LinkedHashMap<>();
        for (SearchCandidate candidate : found) {
            byArticle.merge(
                    candidate.articleId(),
                    candidate,
                    (kept, other) -> other.language() == reader && kept.language() != reader ? other : kept);
        }
        List<Hit> hits = new ArrayList<>();
        for (SearchCandidate candidate : byArticle.values()) {
            if (hits.size() == limit) {
                break;
            }
            SearchQuery terms = SearchQuery.of(text, candidate.language(), prefix != null);
            String body = candidate.summary() == null || candidate.summary().isBlank()
                    ? candidate.bodyText()
                    : candidate.summary() + " — " + candidate.bodyText();
            hits.add(new Hit(
                    candidate.articleId(),
                    candidate.language(),
                    candidate.slug(),
                    candidate.title(),
                    SearchHighlighter.mark(candidate.title(), terms),
                    SearchHighlighter.snippet(body == null ? "" : body, terms),
                    candidate.internal()));
        }
        return hits;
    }
}
