package fr.guichet.knowledge.web;

import fr.guichet.company.CompanySettings;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.knowledge.KnowledgeSearch;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.SavedReplyManagement;
import fr.guichet.requests.UnknownRequest;
import fr.guichet.shared.Language;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article picker of a request's composer, at the desk and in the back office: the published public articles
 * matching what the agent types, in the customer's language, each with a button that inserts its title and public
 * address (absolute, as in emails) into the reply. Internal articles are not offered: a customer could not open them (ADR 0032).
 */
@Controller
class StaffArticlePickController {

    static final int LIMIT = 8;

    private final KnowledgeSearch search;
    private final CompanySettings company;
    private final RequestManagement requests;
    private final SavedReplyManagement replies;

    StaffArticlePickController(
            KnowledgeSearch search, CompanySettings company, RequestManagement requests, SavedReplyManagement replies) {
        this.search = search;
        this.company = company;
        this.requests = requests;
        this.replies = replies;
    }

    /**
     * The matches for {@code q}; with {@code reference}, each article in the language of that request's customer when
     * it has that version (the agent's own language otherwise).
     */
    @GetMapping("/{zone:desk|back}/knowledge/pick")
    String pick(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String reference,
            Locale locale,
            Model model) {
        Language reader = Language.of(locale);
        if (reference != null && !reference.isBlank()) {
            try {
                reader = replies.customerLanguage(requests.visibleTo(user, reference));
            } catch (UnknownRequest notForThisUser) {
                // the agent's language, and nothing said about a request they may not see
            }
        }
        model.addAttribute("q", q.strip());
        model.addAttribute(
                "hits", search.search(q, reader, KnowledgeSearch.Scope.PUBLIC, KnowledgeSearch.Match.ANY_WORD, LIMIT));
        model.addAttribute("baseUrl", company.baseUrl());
        return "knowledge/deflection :: pickResults";
    }
}
