package fr.guichet.knowledge.web;

import fr.guichet.company.CompanySettings;
import fr.guichet.knowledge.KnowledgeSearch;
import fr.guichet.shared.Language;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article picker of a request's composer, at the desk and in the back office: the published public articles
 * matching what the agent types, each with a button that inserts its title and public address (absolute, as in
 * emails) into the reply. Internal articles are not offered: a customer could not open them (ADR 0032).
 */
@Controller
class StaffArticlePickController {

    static final int LIMIT = 8;

    private final KnowledgeSearch search;
    private final CompanySettings company;

    StaffArticlePickController(KnowledgeSearch search, CompanySettings company) {
        this.search = search;
        this.company = company;
    }

    @GetMapping("/{zone:desk|back}/knowledge/pick")
    String pick(@PathVariable String zone, @RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute(
                "hits",
                search.search(
                        q, Language.of(locale), KnowledgeSearch.Scope.PUBLIC, KnowledgeSearch.Match.ANY_WORD, LIMIT));
        model.addAttribute("baseUrl", company.baseUrl());
        return "knowledge/deflection :: pickResults";
    }
}
