package fr.guichet.identity.internal;

import fr.guichet.identity.LoginThrottledException;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication with throttling in front: a blocked account or address is refused before its password
 * is checked; each failure and success is recorded. The account's state (disabled) is checked only after the
 * password, so that nobody learns it without the password.
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
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (throttle.isBlocked(username, address)) {
            throw new LoginThrottledException("Too many failed logins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.record(username, address, true);
            return result;
        } catch (BadCredentialsException e) {
            throttle.record(username, address, false);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
