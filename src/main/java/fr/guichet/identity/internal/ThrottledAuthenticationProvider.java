package fr.guichet.identity.internal;

import fr.guichet.identity.LoginClient;
import fr.guichet.identity.LoginDetails;
import java.util.Locale;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication with throttling in front ({@link LoginThrottle}): a held-back account or client is refused
 * before its password is checked; each failure and success is recorded under the client's key. The account's state
 * (disabled) is checked only after the password, so that nobody learns it without the password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null
                ? ""
                : authentication.getName().strip().toLowerCase(Locale.ROOT);
        LoginThrottle.Client client = throttle.client(username, clientOf(authentication));
        throttle.check(username, client);
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.record(username, client, true);
            // The session keeps the address and session id only, not the device cookie.
            if (result instanceof AbstractAuthenticationToken token
                    && authentication.getDetails() instanceof WebAuthenticationDetails details) {
                token.setDetails(new WebAuthenticationDetails(details.getRemoteAddress(), details.getSessionId()));
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.record(username, client, false);
            throw e;
        }
    }

    private static LoginClient clientOf(Authentication authentication) {
        if (authentication.getDetails() instanceof LoginDetails details) {
            return details.client();
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return new LoginClient(details.getRemoteAddress(), null);
        }
        return new LoginClient(null, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
