package fr.guichet.zones.internal;

import fr.guichet.identity.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user whose password was set by an administrator sees no other page than the password change. */
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String CHANGE_PAGE = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.isMustChangePassword()) {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + CHANGE_PAGE);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            }
            return false;
        }
        return true;
    }
}
