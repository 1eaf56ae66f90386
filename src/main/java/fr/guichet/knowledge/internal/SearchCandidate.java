package fr.guichet.knowledge.internal;

import fr.guichet.shared.Language;

/**
 * A translation of a published article that matches a query, as a search strategy finds it, before highlighting.
 *
 * @param titleMatch whether the title itself matches (such results come first)
 * @param score the strategy's rank among the matches (higher first)
 */
public record SearchCandidate(
        long articleId,
        boolean internal,
        Language language,
        String slug,
        String title,
        String summary,
        String bodyText,
        boolean titleMatch,
        double score) {}
