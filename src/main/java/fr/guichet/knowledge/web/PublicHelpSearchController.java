package fr.guichet.knowledge.web;

import fr.guichet.knowledge.DeflectionChannel;
import fr.guichet.knowledge.DeflectionManagement;
import fr.guichet.knowledge.KnowledgeSearch;
import fr.guichet.knowledge.KnowledgeSearch.Hit;
import fr.guichet.shared.Language;
import fr.guichet.shared.RequestFormTokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The help centre's search ({@code /help/search?q=}) and deflection: the articles suggested beside the forms as people
 * type their subject ({@code /help/suggest}, an htmx fragment), and the way into a suggested article that counts it
 * ({@code /help/suggest/{id}}, then the article). Public: only published public articles, whoever asks.
 */
@Controller
class PublicHelpSearchController {

    /** The most results a search page lists. */
    static final int PAGE = 50;

    private final KnowledgeSearch search;
    private final DeflectionManagement deflection;
    private final DeflectionSuggestions suggestions;

    PublicHelpSearchController(
            KnowledgeSearch search, DeflectionManagement deflection, DeflectionSuggestions suggestions) {
        this.search = search;
        this.deflection = deflection;
        this.suggestions = suggestions;
    }

    @GetMapping("/help/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean cut,
            Locale locale,
            Model model) {
        if (q.length() > KnowledgeSearch.MAX_QUERY) {
            // the words searched are its beginning anyway; a page that echoes thousands of characters in its links
            // would be sent before it is whole
            return "redirect:/help/search?q="
                    + UriUtils.encodeQueryParam(q.substring(0, KnowledgeSearch.MAX_QUERY), StandardCharsets.UTF_8)
                    + "&cut=1";
        }
        String query = q.strip();
        List<Hit> hits = search.search(
                query, Language.of(locale), KnowledgeSearch.Scope.PUBLIC, KnowledgeSearch.Match.EVERY_WORD, PAGE);
        boolean loosened = false;
        if (hits.isEmpty() && !query.isEmpty()) {
            // nothing has every word: the articles with some of them, said so on the page
            hits = search.search(
                    query, Language.of(locale), KnowledgeSearch.Scope.PUBLIC, KnowledgeSearch.Match.ANY_WORD, PAGE);
            loosened = !hits.isEmpty();
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", hits);
        model.addAttribute("loosened", loosened);
        model.addAttribute("tooLong", cut);
        return "knowledge/public-help-search";
    }

    /**
     * The suggestions for what someone is typing ({@code q}, or the form's {@code subject} as htmx sends it), each
     * linked through {@link #open} with the form's token and channel.
     */
    @GetMapping("/help/suggest")
    String suggest(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String subject,
            @RequestParam(name = RequestFormTokens.FIELD, required = false) String token,
            @RequestParam(defaultValue = "CONTACT") String channel,
            Model model) {
        String typed = q != null ? q : subject == null ? "" : subject;
        model.addAttribute("typed", typed.strip());
        model.addAttribute("suggestions", suggestions.of(typed));
        model.addAttribute("deflectionToken", DeflectionManagement.wellFormed(token) ? token : null);
        model.addAttribute("deflectionChannel", channel(channel));
        return "knowledge/deflection :: suggestions";
    }

    /** An article opened from a form's suggestions: counted for that form, then the article in the reader's language. */
    @GetMapping("/help/suggest/{id}")
    ResponseEntity<Void> open(
            @PathVariable long id,
            @RequestParam(name = RequestFormTokens.FIELD, required = false) String token,
            @RequestParam(defaultValue = "CONTACT") String channel,
            Locale locale) {
        String path = deflection
                .opened(token, channel(channel), id, Language.of(locale))
                .orElseThrow(() -> new NoSuchArticle(id));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, path)
                .cacheControl(CacheControl.noStore())
                .build();
    }

    private static DeflectionChannel channel(String value) {
        return "PORTAL".equals(value) ? DeflectionChannel.PORTAL : DeflectionChannel.CONTACT;
    }
}
