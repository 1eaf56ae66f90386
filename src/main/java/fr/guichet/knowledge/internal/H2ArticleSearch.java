package fr.guichet.knowledge.internal;

import fr.guichet.shared.Language;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    public List<SearchCandidate> find(String query, boolean everyWord, boolean withInternal, int limit) {
        Map<Language, List<String>> wanted = new HashMap<>();
        for (Language language : Language.values()) {
            wanted.put(language, SearchTerms.stems(query, language));
        }
        if (wanted.values().stream().allMatch(List::isEmpty)) {
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
                    List<String> stems = wanted.get(language);
                    if (stems.isEmpty()) {
                        return null;
                    }
                    Map<String, Integer> inTitle = counts(title, language);
                    Map<String, Integer> inSummary = counts(summary, language);
                    Map<String, Integer> inBody = counts(body, language);
                    double score = 0;
                    int matched = 0;
                    boolean titleMatch = false;
                    for (String stem : stems) {
                        double word = TITLE * inTitle.getOrDefault(stem, 0)
                                + SUMMARY * Math.min(3, inSummary.getOrDefault(stem, 0))
                                + BODY * Math.min(5, inBody.getOrDefault(stem, 0));
                        if (word > 0) {
                            matched++;
                            score += word;
                            titleMatch |= inTitle.containsKey(stem);
                        }
                    }
                    if (matched == 0 || (everyWord && matched < stems.size())) {
                        return null;
                    }
                    score *= (double) matched / stems.size();
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

    private static Map<String, Integer> counts(String text, Language language) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher words = SearchTerms.WORD.matcher(SearchTerms.fold(text == null ? "" : text));
        while (words.find()) {
            String stem = SearchTerms.stemOrNull(words.group(), language);
            if (stem != null) {
                counts.merge(stem, 1, Integer::sum);
            }
        }
        return counts;
    }
}
