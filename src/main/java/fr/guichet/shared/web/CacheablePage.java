package fr.guichet.shared.web;

import jakarta.servlet.http.HttpServletRequest;

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

    private CacheablePage() {}

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
