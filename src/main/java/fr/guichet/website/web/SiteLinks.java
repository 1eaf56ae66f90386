package fr.guichet.website.web;

import fr.guichet.company.CompanySettings;
import fr.guichet.shared.Language;
import fr.guichet.website.PageText;
import fr.guichet.website.PublishedPage;
import fr.guichet.zones.Seo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The addresses of the site's pages: absolute for search engines, relative for the language switch. */
@Component
class SiteLinks {

    private final CompanySettings settings;

    SiteLinks(CompanySettings settings) {
        this.settings = settings;
    }

    String absolute(String path) {
        return settings.baseUrl() + path;
    }

    /** What the head of a published page says: its description, its address, its other languages. */
    Seo seo(PublishedPage page, PageText text) {
        List<Seo.Alternate> alternates = new ArrayList<>();
        if (page.texts().size() > 1) {
            for (Language language : Language.values()) {
                page.path(language)
                        .ifPresent(path ->
                                alternates.add(new Seo.Alternate(language.code(), localised(page, path, language))));
            }
            page.path(Language.FR)
                    .ifPresent(
                            path -> alternates.add(new Seo.Alternate("x-default", localised(page, path, Language.FR))));
        }
        String path = page.path(text.language()).orElseThrow();
        return Seo.of(text.description(), localised(page, path, text.language()), alternates);
    }

    /** The language switch's targets: the page in the other language, or that language's home page. */
    Map<String, String> languageLinks(PublishedPage page) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            links.put(language.code(), page.path(language).orElse(home(language)));
        }
        return links;
    }

    static Map<String, String> homes() {
        return Map.of("fr", "/", "en", "/en");
    }

    static String home(Language language) {
        return language == Language.FR ? "/" : "/en";
    }

    /** The services page has one address for both languages: its versions are told apart by {@code ?lang=}. */
    private String localised(PublishedPage page, String path, Language language) {
        return absolute(path.equals("/services") ? path + "?lang=" + language.code() : path);
    }
}
