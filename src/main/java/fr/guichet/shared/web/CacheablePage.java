package fr.guichet.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * A public page that may be served from the public pages' cache (module {@code website}): the same for every
 * anonymous visitor — no form, no CSRF token, nothing of the visitor. The cache offers it for anonymous GETs only (it
 * sets {@link #OFFERED}); a controller that renders such a page calls {@link #mark}, and the layout then leaves the
 * CSRF token out (which also keeps the visitor without a session). Signed-in users always get a fresh page.
 */
public final class CacheablePage {

    /** Set by the cache on a request it would keep the answer of. */
    public static final String OFFERED = CacheablePage.class.getName() + ".OFFERED";

    /** Set by {@link #mark} and read by the layout ({@code ${publicPageCacheable}}). */
    public static final String MARKED = "publicPageCacheable";

    /** Set by {@link #leaveTokenOut} and read by the layout ({@code ${publicPageTokenless}}). */
    public static final String TOKENLESS = "publicPageTokenless";

    /**
     * The help centre's voter cookie (module {@code knowledge}): it makes an article page personal (the visitor's own
     * vote is shown pressed).
     */
    public static final String HELP_VOTER_COOKIE = "GUICHET_HELP_VOTER";

    /** Cookies that make a public page personal: a request that carries one is never answered from the cache. */
    public static final Set<String> PERSONAL_COOKIES = Set.of(HELP_VOTER_COOKIE);

    private CacheablePage() {}

    /**
     * Nothing on this page needs the CSRF token (an anonymous visitor's page whose only form is protected otherwise):
     * the layout leaves it out, so reading the page opens no session, even when the page is personal and not kept.
     */
    public static void leaveTokenOut(HttpServletRequest request) {
        request.setAttribute(TOKENLESS, Boolean.TRUE);
    }

    /** This page is the same for every anonymous visitor: keep it, if the cache offered to. */
    public static void mark(HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(OFFERED))) {
            request.setAttribute(MARKED, Boolean.TRUE);
        }
    }

    public static boolean marked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(MARKED));
    }
}
