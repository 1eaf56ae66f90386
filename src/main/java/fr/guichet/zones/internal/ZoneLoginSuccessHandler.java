package fr.guichet.zones.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.KnownDevices;
import fr.guichet.zones.Zone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After login: settle the language (see {@link UserLocaleResolver#onLogin}), make the browser a known device of the
 * account (login throttling, {@link KnownDevices}), send a user who must change their password to do so, otherwise back to
 * the page they asked for when it is in a zone they may enter, or else to their zone's home.
 */
@Component
class ZoneLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final UserLocaleResolver locales;
    private final KnownDevices devices;

    ZoneLoginSuccessHandler(UserLocaleResolver locales, KnownDevices devices) {
        this.locales = locales;
        this.devices = devices;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String target = Zone.homeOf(authentication).root();
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            locales.onLogin(request, response, principal);
            devices.remember(request, response, principal.getUsername());
            if (principal.isMustChangePassword()) {
                target = "/account/password";
            } else {
                target = savedTarget(request, response, authentication, target);
            }
        }
        requestCache.removeRequest(request, response);
        response.sendRedirect(request.getContextPath() + target);
    }

    private String savedTarget(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication, String home) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null || !"GET".equals(saved.getMethod())) {
            return home;
        }
        URI uri = URI.create(saved.getRedirectUrl());
        String path = uri.getRawPath();
        if (path == null || path.startsWith("/error") || !Zone.ofPath(path).admits(authentication)) {
            return home;
        }
        String query = uri.getRawQuery();
        if (query != null) {
            query = query.replaceAll("(^|&)continue(=[^&]*)?", "").replaceFirst("^&", "");
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
