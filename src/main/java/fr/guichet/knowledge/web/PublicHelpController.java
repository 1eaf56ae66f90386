package fr.guichet.knowledge.web;

import fr.guichet.company.CompanySettings;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.knowledge.HelpArticle;
import fr.guichet.knowledge.HelpCategory;
import fr.guichet.knowledge.KnowledgeManagement;
import fr.guichet.knowledge.KnowledgeViews;
import fr.guichet.knowledge.UnknownCategory;
import fr.guichet.knowledge.VoteOutcome;
import fr.guichet.shared.Language;
import fr.guichet.shared.web.CacheablePage;
import fr.guichet.zones.Seo;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.WebUtils;

/**
 * The help centre on the public site: its sections, a section's articles, an article in the language its address
 * says, and "was this helpful?". Only published public articles exist here: a draft, an archived or an internal
 * article is a 404 for everyone (staff read those in the back office).
 */
@Controller
class PublicHelpController {

    /** The random key that makes a browser one voter (a signed-in user votes as their account). */
    static final String VOTER_COOKIE = CacheablePage.HELP_VOTER_COOKIE;

    private static final int PER_SECTION = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KnowledgeViews views;
    private final KnowledgeManagement knowledge;
    private final CompanySettings settings;

    PublicHelpController(KnowledgeViews views, KnowledgeManagement knowledge, CompanySettings settings) {
        this.views = views;
        this.knowledge = knowledge;
        this.settings = settings;
    }

    @GetMapping("/help")
    String home(Locale locale, Model model, HttpServletRequest request) {
        model.addAttribute("sections", views.helpCentre(locale, PER_SECTION));
        model.addAttribute("popular", views.mostHelpful(locale, 5));
        model.addAttribute("seo", inBothLanguages("/help", locale));
        CacheablePage.mark(request);
        return "knowledge/public-help";
    }

    @GetMapping("/help/categories/{slug}")
    String category(@PathVariable String slug, Locale locale, Model model, HttpServletRequest request) {
        HelpCategory section = views.helpCategory(slug, locale)
                .filter(found -> found.count() > 0)
                .orElseThrow(() -> new UnknownCategory(slug));
        model.addAttribute("section", section);
        model.addAttribute(
                "seo", inBothLanguages("/help/categories/" + UriUtils.encodePathSegment(slug, "UTF-8"), locale));
        CacheablePage.mark(request);
        return "knowledge/public-category";
    }

    /** A page whose address does not carry its language: the same address with {@code ?lang=} in each. */
    private Seo inBothLanguages(String path, Locale locale) {
        String address = settings.baseUrl() + path + "?lang=";
        return Seo.of(
                null,
                address + Language.of(locale).code(),
                List.of(new Seo.Alternate("fr", address + "fr"), new Seo.Alternate("en", address + "en")));
    }

    /**
     * An article in the language of its address. {@code ?lang=} (the language switch) goes to the article's address in
     * that language when it is written in it. For an anonymous reader the page carries no CSRF token (the vote is
     * protected by its origin, see the security configuration), so it opens no session; and, until the reader votes
     * (their voter cookie makes the page theirs), it is kept in the public pages' cache.
     */
    @GetMapping("/help/articles/{slug}")
    String article(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String voted,
            @AuthenticationPrincipal @Nullable AccountPrincipal user,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        HelpArticle found = views.helpArticle(slug, Language.of(locale));
        if (lang != null) {
            String wanted = Language.ofCode(lang).code();
            String other = found.alternates().get(wanted);
            if (!wanted.equals(found.language().code()) && other != null) {
                return "redirect:/help/articles/" + UriUtils.encodePathSegment(other, "UTF-8");
            }
        }
        // The page speaks the article's language (menus and labels too), whatever the visitor's usual one.
        request.setAttribute(
                CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME,
                found.language().locale());
        model.addAttribute("help", found);
        model.addAttribute("pagePath", "/help/articles/" + found.text().slug());
        model.addAttribute(
                "seo",
                Seo.of(
                        found.text().summary().isBlank() ? null : found.text().summary(),
                        settings.baseUrl() + "/help/articles/"
                                + UriUtils.encodePathSegment(found.text().slug(), "UTF-8"),
                        found.alternates().entrySet().stream()
                                .map(alt -> new Seo.Alternate(
                                        alt.getKey(),
                                        settings.baseUrl() + "/help/articles/"
                                                + UriUtils.encodePathSegment(alt.getValue(), "UTF-8")))
                                .toList()));
        String voter = voterKey(request, user);
        model.addAttribute(
                "myVote",
                voter == null
                        ? null
                        : views.voteOf(Objects.requireNonNull(found.article().getId()), voter)
                                .orElse(null));
        // after a vote without JavaScript (?voted): the thanks, as the htmx answer shows it
        model.addAttribute("voted", voted == null ? null : Boolean.TRUE);
        if (user == null) {
            CacheablePage.leaveTokenOut(request);
            if (voter == null && voted == null) {
                CacheablePage.mark(request);
            }
        }
        return "knowledge/public-article";
    }

    /** "Was this helpful?": counted once per voter (a changed answer replaces the first). */
    @PostMapping("/help/articles/{slug}/vote")
    String vote(
            @PathVariable String slug,
            @RequestParam String helpful,
            @AuthenticationPrincipal @Nullable AccountPrincipal user,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        HelpArticle found = views.helpArticle(slug, Language.of(locale));
        String voter = voterKey(request, user);
        if (voter == null) {
            voter = newVoterKey(response);
        }
        boolean yes = "yes".equalsIgnoreCase(helpful) || "true".equalsIgnoreCase(helpful);
        VoteOutcome outcome =
                knowledge.vote(Objects.requireNonNull(found.article().getId()), voter, yes);
        if (htmx != null) {
            request.setAttribute(
                    CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME,
                    found.language().locale());
            model.addAttribute("help", found);
            model.addAttribute("myVote", yes);
            model.addAttribute("voted", outcome);
            return "knowledge/public-article :: vote";
        }
        // the thanks in the address rather than a flash message: a session for an anonymous voter is not needed
        return "redirect:/help/articles/"
                + UriUtils.encodePathSegment(found.text().slug(), "UTF-8") + "?voted#vote";
    }

    private static @Nullable String voterKey(HttpServletRequest request, @Nullable AccountPrincipal user) {
        if (user != null) {
            return "user:" + user.getId();
        }
        Cookie cookie = WebUtils.getCookie(request, VOTER_COOKIE);
        return cookie == null || !cookie.getValue().matches("[A-Za-z0-9_-]{20,60}")
                ? null
                : "browser:" + cookie.getValue();
    }

    private static String newVoterKey(HttpServletResponse response) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(VOTER_COOKIE, key)
                        .path("/help")
                        .maxAge(Duration.ofDays(365))
                        .httpOnly(true)
                        .sameSite("Lax")
                        .build()
                        .toString());
        return "browser:" + key;
    }
}
