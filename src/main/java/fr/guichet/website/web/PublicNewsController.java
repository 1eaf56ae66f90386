package fr.guichet.website.web;

import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanySettings;
import fr.guichet.shared.Language;
import fr.guichet.shared.web.CacheablePage;
import fr.guichet.website.NewsItem;
import fr.guichet.website.NewsManagement;
import fr.guichet.zones.Seo;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site's news for visitors: the list in the reader's language, newest first (keyset: {@code ?before=id} opens
 * the older ones), each item at {@code /news/{slug}}, and the Atom feed of the latest items.
 */
@Controller
class PublicNewsController {

    /** A feed a page announces in its head ({@code <link rel="alternate" type="application/atom+xml">}). */
    record AtomFeed(String href, String titleKey, String language) {}

    private static final int PAGE = 10;
    private static final int FEED_SIZE = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final NewsManagement news;
    private final CompanyManagement company;
    private final CompanySettings settings;
    private final MessageSource messages;

    PublicNewsController(
            NewsManagement news, CompanyManagement company, CompanySettings settings, MessageSource messages) {
        this.news = news;
        this.company = company;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/news")
    String list(
            @RequestParam(required = false) @Nullable Long before,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        Language language = Language.of(locale);
        model.addAttribute("page", news.published(language, before, PAGE));
        model.addAttribute("before", before);
        model.addAttribute("atomFeeds", feeds(language));
        String list = settings.baseUrl() + "/news?lang=";
        model.addAttribute(
                "seo",
                Seo.of(
                        null,
                        list + language.code(),
                        List.of(new Seo.Alternate("fr", list + "fr"), new Seo.Alternate("en", list + "en"))));
        CacheablePage.mark(request);
        return "website/public-news-list";
    }

    @GetMapping("/news/{slug}")
    String item(@PathVariable String slug, Model model, HttpServletRequest request) {
        NewsItem item = news.publishedBySlug(slug);
        model.addAttribute("item", item);
        model.addAttribute("atomFeeds", feeds(item.getLanguage()));
        String address = settings.baseUrl() + "/news/" + item.getSlug();
        model.addAttribute(
                "seo",
                Seo.of(
                        item.getSummary(),
                        address,
                        List.of(new Seo.Alternate(item.getLanguage().code(), address))));
        CacheablePage.mark(request);
        return "website/public-news";
    }

    /** The latest published items of one language ({@code ?lang=en}; the reader's otherwise), as Atom 1.0. */
    @GetMapping("/news/feed.atom")
    ResponseEntity<String> feed(@RequestParam(required = false) @Nullable String lang, Locale locale) {
        Language language = lang == null ? Language.of(locale) : Language.ofCode(lang);
        List<NewsItem> items = news.published(language, null, FEED_SIZE).items();
        String title = messages.getMessage(
                "news.feed.title", new Object[] {company.current().tradeName()}, language.locale());
        String xml = NewsFeedWriter.write(
                settings.baseUrl(), language, title, company.current().tradeName(), items, news.now());
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(xml);
    }

    /** The feeds of the news pages: the one of the page's language first. */
    static List<AtomFeed> feeds(Language language) {
        AtomFeed fr = new AtomFeed("/news/feed.atom?lang=fr", "news.feed.link", "fr");
        AtomFeed en = new AtomFeed("/news/feed.atom?lang=en", "news.feed.link", "en");
        return language == Language.EN ? List.of(en, fr) : List.of(fr, en);
    }
}
