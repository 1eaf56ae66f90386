package fr.guichet.identity.internal;

import fr.guichet.identity.AccountPrincipal;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the last login time of each account and clears old login attempts. */
@Component
class LoginRecorder {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginRecorder(UserAccountRepository users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && principal.getId() != null) {
            users.recordLogin(principal.getId(), clock.instant().atOffset(ZoneOffset.UTC));
        }
    }

    /** Idempotent: when two instances both run it, the second deletes nothing. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeOldAttempts() {
        throttle.purgeOlderThanWindow();
    }
}
