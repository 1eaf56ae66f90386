package fr.guichet.knowledge.internal;

import java.util.List;

/** How the database at hand finds the articles matching a query: PostgreSQL full-text search, or stems on H2. */
public interface ArticleSearchStrategy {

    /**
     * Published translations matching the query, best first.
     *
     * @param everyWord whether every word must match (the search page) or any (suggestions as people type)
     * @param withInternal whether internal articles are included (staff only)
     */
    List<SearchCandidate> find(String query, boolean everyWord, boolean withInternal, int limit);

    String name();
}
