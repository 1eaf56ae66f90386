package fr.guichet.knowledge.internal;

import fr.guichet.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search without PostgreSQL (the embedded H2 database): the published texts are read and stemmed in Java with
 * {@link SearchTerms}, then ranked — a word in the title weighs most, then in the summary, then in the body.
 * Adequate for the embedded database's sizes (hundreds of articles); production runs on PostgreSQL.
 */
public class H2ArticleSearch implements ArticleSearchStrategy {

    private static final double TITLE = 10;
    private static final double SUMMARY = 4;
    private static final double BODY = 1;

    private final JdbcClient jdbc;

    public H2ArticleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public List<SearchCandidate> find(
            String query, @Nullable String prefix, boolean everyWord, boolean withInternal, int limit) {
        Map<Language, SearchQuery> wanted = new HashMap<>();
        for (Language language : Language.values()) {
            wanted.put(language, SearchQuery.of(query, language, prefix != null));
        }
        if (wanted.values().stream().allMatch(SearchQuery::isEmpty)) {
            return List.of();
        }
        return jdbc
                .sql("""
                        SELECT a.id, a.audience, t.language, t.slug, t.title, t.summary, t.body_text
                        FROM knowledge_article a JOIN knowledge_translation t ON t.article_id = a.id
                        WHERE a.status = 'PUBLISHED' AND (a.audience = 'PUBLIC' OR :withInternal)
                        """)
                .param("withInternal", withInternal)
                .query((rs, row) -> {
                    Language language = Language.ofCode(rs.getString("language"));
                    String title = rs.getString("title");
                    String summary = rs.getString("summary");
                    String body = rs.getString("body_text");
                    SearchQuery terms = wanted.get(language);
                    if (terms.isEmpty()) {
                        return null;
                    }
                    List<String> inTitle = words(title);
                    List<String> inSummary = words(summary);
                    List<String> inBody = words(body);
                    double score = 0;
                    int matched = 0;
                    boolean titleMatch = false;
                    for (SearchQuery.Term term : terms.terms()) {
                        int titleCount = count(terms, term, inTitle);
                        double word = TITLE * titleCount
                                + SUMMARY * Math.min(3, count(terms, term, inSummary))
                                + BODY * Math.min(5, count(terms, term, inBody));
                        if (word > 0) {
                            matched++;
                            score += word;
                            titleMatch |= titleCount > 0;
                        }
                    }
                    int wantedTerms = terms.terms().size();
                    if (matched == 0 || (everyWord && matched < wantedTerms)) {
                        return null;
                    }
                    score *= (double) matched / wantedTerms;
                    return new SearchCandidate(
                            rs.getLong("id"),
                            "INTERNAL".equals(rs.getString("audience")),
                            language,
                            rs.getString("slug"),
                            title,
                            summary,
                            body,
                            titleMatch,
                            score);
                })
                .list()
                .stream()
                .filter(candidate -> candidate != null)
                .sorted(Comparator.comparing(SearchCandidate::titleMatch)
                        .thenComparingDouble(SearchCandidate::score)
                        .reversed()
                        .thenComparingLong(SearchCandidate::articleId))
                .limit(limit)
                .toList();
    }

    private static List<String> words(@Nullable String text) {
        List<String> words = new ArrayList<>();
        Matcher found = SearchTerms.WORD.matcher(SearchTerms.fold(text == null ? "" : text));
        while (found.find()) {
            words.add(found.group());
        }
        return words;
    }

    private static int count(SearchQuery query, SearchQuery.Term term, List<String> words) {
        int count = 0;
        for (String word : words) {
            if (query.matches(term, word)) {
                count++;
            }
        }
        return count;
    }
}
