package fr.guichet.website.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.guichet.company.CompanyManagement;
import fr.guichet.shared.web.CacheablePage;
import fr.guichet.website.PublicContentGeneration;
import fr.guichet.website.WebsiteSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages' cache: the HTML of a page that is the same for every anonymous visitor ({@link CacheablePage}),
 * kept per address and language, and served again to anonymous visitors until what visitors see changes
 * ({@link PublicContentGeneration}: at once on this instance, within a second on the others). Only plain GETs without
 * a query are kept ({@code ?lang=} sets a cookie); a signed-in user, a visitor with a message waiting in their
 * session, or one with a cookie that makes the page theirs ({@link CacheablePage#PERSONAL_COOKIES}: a help-centre
 * voter sees their vote) always gets a fresh page. Runs inside the security filters, which write their headers on every answer.
 */
class PublicPageCache extends OncePerRequestFilter {

    private record Key(String path, String language) {}

    private record Entry(long generation, byte[] body, String contentType) {}

    private static final String FLASH_MAPS =
            "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

    /**
     * Where the pages that may be kept are: the home pages, the site's pages, the services, the news and the help
     * centre's sections and articles. Nothing else is even buffered (a stream such as the counter's display must flow).
     */
    private static final Set<String> PAGES = Set.of("/", "/en", "/services", "/news", "/help");

    private static final String[] UNDER = {"/fr/", "/en/", "/news/", "/help/categories/", "/help/articles/"};

    private final Cache<Key, Entry> pages;
    private final PublicContentGeneration generation;
    private final LocaleResolver locales;
    private final boolean enabled;
    private final CompanyManagement company;

    PublicPageCache(
            PublicContentGeneration generation,
            LocaleResolver locales,
            WebsiteSettings settings,
            CompanyManagement company) {
        this.company = company;
        this.generation = generation;
        this.locales = locales;
        this.enabled = settings.cacheSize() > 0;
        this.pages = Caffeine.newBuilder()
                .maximumSize(Math.max(1, settings.cacheSize()))
                // what other modules keep in memory a few seconds more on another instance (the company's identity: 5
                // s) is
                // seen here by the next copy at the latest
                .expireAfterWrite(Duration.ofSeconds(60))
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // until the company is set up, every public page is the "being set up" page, forwarded to (never kept)
        if (!enabled || !candidate(request) || !company.isSetUp()) {
            chain.doFilter(request, response);
            return;
        }
        Key key =
                new Key(request.getRequestURI(), locales.resolveLocale(request).getLanguage());
        long current = generation.current();
        Entry kept = pages.getIfPresent(key);
        if (kept != null && kept.generation() == current) {
            response.setContentType(kept.contentType());
            response.setContentLength(kept.body().length);
            response.setHeader("X-Guichet-Cache", "hit");
            response.getOutputStream().write(kept.body());
            return;
        }
        request.setAttribute(CacheablePage.OFFERED, Boolean.TRUE);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (CacheablePage.marked(request)
                    && wrapper.getStatus() == HttpServletResponse.SC_OK
                    && wrapper.getHeaders("Set-Cookie").isEmpty()
                    && wrapper.getContentType() != null
                    && wrapper.getContentType().toLowerCase(Locale.ROOT).startsWith("text/html")) {
                pages.put(key, new Entry(current, wrapper.getContentAsByteArray(), wrapper.getContentType()));
                wrapper.setHeader("X-Guichet-Cache", "miss");
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }

    /** A GET without query, by an anonymous visitor with no message waiting and no personal cookie. */
    private static boolean candidate(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null) {
            return false;
        }
        String path = request.getRequestURI();
        if (!PAGES.contains(path) && Arrays.stream(UNDER).noneMatch(path::startsWith)) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null
                && Arrays.stream(cookies)
                        .anyMatch(cookie -> CacheablePage.PERSONAL_COOKIES.contains(cookie.getName()))) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(FLASH_MAPS) != null) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /** Forgets every page (tests, after a change made behind the application's back). */
    void clear() {
        pages.invalidateAll();
    }
}
