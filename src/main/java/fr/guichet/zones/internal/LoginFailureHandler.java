package fr.guichet.zones.internal;

import fr.guichet.identity.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login page with the reason the user may know: wrong credentials (the same for
 * an unknown user and a wrong password), too many attempts, or a disabled account (told only after the right
 * password). The typed username is kept.
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    /** The session attribute that keeps the username typed in a failed login, to show it again. */
    public static final String LAST_USERNAME = "guichet.login.lastUsername";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason;
        if (exception instanceof LoginThrottledException) {
            reason = "throttled";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "credentials";
        }
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
