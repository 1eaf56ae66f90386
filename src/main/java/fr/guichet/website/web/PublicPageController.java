package fr.guichet.website.web;

import fr.guichet.shared.Language;
import fr.guichet.shared.web.CacheablePage;
import fr.guichet.website.PageKind;
import fr.guichet.website.PageText;
import fr.guichet.website.PublishedPage;
import fr.guichet.website.SiteContent;
import fr.guichet.website.UnknownSitePage;
import fr.guichet.website.WebsiteManagement;
import fr.guichet.zones.PageLanguage;
import fr.guichet.zones.Seo;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The site's pages as visitors see them: the home page at {@code /} (French) and {@code /en} (English), and every
 * published page at {@code /{lang}/{slug}}, rendered in its URL's language. A page renamed since is sent on to its new
 * address (301); anything else is the site's 404.
 */
@Controller
class PublicPageController {

    private final SiteContent site;
    private final WebsiteManagement management;
    private final SiteLinks links;

    PublicPageController(SiteContent site, WebsiteManagement management, SiteLinks links) {
        this.site = site;
        this.management = management;
        this.links = links;
    }

    /**
     * The site's root: the home page in the visitor's language (French unless they chose English), whose canonical
     * address is {@code /} or {@code /en}.
     */
    @GetMapping("/")
    String home(HttpServletRequest request, Model model, Locale locale) {
        return home(Language.of(locale), request, model);
    }

    @GetMapping("/en")
    String englishHome(HttpServletRequest request, Model model) {
        return home(Language.EN, request, model);
    }

    @GetMapping("/fr")
    String frenchHome() {
        return "redirect:/";
    }

    @GetMapping("/{lang:fr|en}/{slug}")
    Object page(@PathVariable String lang, @PathVariable String slug, HttpServletRequest request, Model model) {
        Language language = Language.ofCode(lang);
        Optional<PublishedPage> found = site.bySlug(language, slug);
        if (found.isEmpty()) {
            Optional<String> moved =
                    management.formerOwnerOf(language, slug).flatMap(site::byId).flatMap(page -> page.path(language));
            if (moved.isPresent()) {
                RedirectView redirect = new RedirectView(moved.get());
                redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                return new ModelAndView(redirect);
            }
            PageLanguage.use(request, language);
            Optional<PageKind> pending = site.pendingLegalPlace(language, slug);
            if (pending.isPresent()) {
                // a legal place of the footer whose page is not written yet: said so, in the site's layout
                CacheablePage.mark(request);
                model.addAttribute("pendingKind", pending.get());
                model.addAttribute("siteLanguage", language);
                model.addAttribute("seo", new Seo(null, null, List.of(), List.of(), true));
                return "website/legal-pending";
            }
            throw new UnknownSitePage(lang + "/" + slug);
        }
        PublishedPage page = found.get();
        PageText text = page.text(language).orElseThrow();
        PageLanguage.use(request, language);
        CacheablePage.mark(request);
        model.addAttribute("seo", links.seo(page, text));
        model.addAttribute("languageLinks", links.languageLinks(page));
        return show(model, text, page.kind(), language, false);
    }

    private String home(Language language, HttpServletRequest request, Model model) {
        PageLanguage.use(request, language);
        CacheablePage.mark(request);
        Optional<PublishedPage> home = site.place(PageKind.HOME, language);
        if (home.isEmpty()) {
            String canonical = links.absolute(SiteLinks.home(language));
            model.addAttribute(
                    "seo",
                    Seo.of(
                            null,
                            canonical,
                            List.of(
                                    new Seo.Alternate("fr", links.absolute("/")),
                                    new Seo.Alternate("en", links.absolute("/en")),
                                    new Seo.Alternate("x-default", links.absolute("/")))));
            model.addAttribute("languageLinks", SiteLinks.homes());
            return show(model, null, PageKind.HOME, language, false);
        }
        PageText text = home.get().text(language).orElseThrow();
        model.addAttribute("seo", links.seo(home.get(), text));
        model.addAttribute("languageLinks", SiteLinks.homes());
        return show(model, text, PageKind.HOME, language, false);
    }

    static String show(Model model, PageText text, PageKind kind, Language language, boolean preview) {
        model.addAttribute("page", text);
        model.addAttribute("kind", kind);
        model.addAttribute("preview", preview);
        model.addAttribute("siteLanguage", language);
        return "website/public-page";
    }
}
