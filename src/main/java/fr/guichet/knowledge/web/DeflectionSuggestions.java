package fr.guichet.knowledge.web;

import fr.guichet.knowledge.DeflectionSettings;
import fr.guichet.knowledge.KnowledgeSearch;
import fr.guichet.knowledge.KnowledgeSearch.Hit;
import fr.guichet.shared.Language;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The articles suggested for a form's subject, in the reader's language: read by the suggestions fragment itself
 * ({@code @deflectionSuggestions}) when a form is shown again with its subject, and by {@code /help/suggest}.
 */
@Component("deflectionSuggestions")
public class DeflectionSuggestions {

    private final KnowledgeSearch search;
    private final DeflectionSettings settings;

    DeflectionSuggestions(KnowledgeSearch search, DeflectionSettings settings) {
        this.search = search;
        this.settings = settings;
    }

    /** Published public articles matching any word of what was typed, best first; none for a blank text. */
    public List<Hit> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return search.search(
                typed,
                Language.of(LocaleContextHolder.getLocale()),
                KnowledgeSearch.Scope.PUBLIC,
                KnowledgeSearch.Match.ANY_WORD,
                settings.suggestions());
    }
}
