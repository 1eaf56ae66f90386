package fr.guichet.knowledge.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** How the database at hand finds the articles matching a query: PostgreSQL full-text search, or stems on H2. */
public interface ArticleSearchStrategy {

    /**
     * Published translations matching the query, best first.
     *
     * @param prefix the last word being typed, folded (letters and digits only), to match as a prefix; null if none
     * @param everyWord whether every word must match (the search page) or any (suggestions as people type)
     * @param withInternal whether internal articles are included (staff only)
     */
    List<SearchCandidate> find(
            String query, @Nullable String prefix, boolean everyWord, boolean withInternal, int limit);

    String name();
}
