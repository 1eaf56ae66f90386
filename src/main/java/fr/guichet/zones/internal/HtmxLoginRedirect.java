package fr.guichet.zones.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * When an htmx request arrives without a valid session (it expired), tell htmx to load the login page as a whole
 * page instead of letting it inject the login form into a fragment of the current page.
 */
class HtmxLoginRedirect implements AuthenticationEntryPoint {

    private final String loginUrl;

    HtmxLoginRedirect(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("HX-Redirect", request.getContextPath() + loginUrl + "?expired");
    }
}
