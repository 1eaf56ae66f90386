package fr.guichet.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address: the attempt is refused without checking it. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(String message) {
        super(message);
    }
}
