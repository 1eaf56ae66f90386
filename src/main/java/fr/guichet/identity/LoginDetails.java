package fr.guichet.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a form login: the address and session as Spring Security keeps them, and the known-device cookie
 * the throttle reads ({@link LoginClient}). Set on the login form with
 * {@code formLogin.authenticationDetailsSource(LoginDetails::new)}. The cookie is transient and a successful login
 * keeps plain {@link WebAuthenticationDetails}: it never reaches the shared session store.
 */
public class LoginDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient LoginClient client;

    public LoginDetails(HttpServletRequest request) {
        super(request);
        this.client = LoginClient.of(request);
    }

    public LoginClient client() {
        return client == null ? new LoginClient(getRemoteAddress(), null) : client;
    }
}
