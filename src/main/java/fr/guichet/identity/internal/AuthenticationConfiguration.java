package fr.guichet.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AuthenticationConfiguration {

    /** bcrypt through a delegating encoder: hashes carry their algorithm, so a later upgrade keeps old ones. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider passwordAuthenticationProvider(
            AccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwordEncoder);
        // Disabled, locked or expired is told only to someone who gave the right password.
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(dao, throttle);
    }
}
