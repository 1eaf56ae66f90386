package fr.guichet.zones.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request that its browser says comes from one of this site's own pages: {@code Sec-Fetch-Site: same-origin} (every
 * current browser sends it, and a page cannot forge it), or else an {@code Origin} header naming this very site. A
 * request that says neither, or says another site, does not match. It stands in for the CSRF token where a page must
 * carry no token (a cached page, the same for every reader): another site's page cannot make a browser send a request
 * that matches (OWASP's "verifying origin with standard headers").
 */
final class SameOriginRequest implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site.trim().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin.trim())) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port(uri);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
