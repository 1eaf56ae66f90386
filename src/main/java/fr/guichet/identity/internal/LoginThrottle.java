package fr.guichet.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login throttling policy: after {@code maxFailures} failed logins for one account, or from one address,
 * within the window, further attempts are refused until the window has slid past them. Attempts are kept in the
 * database so that every application instance counts the same ones.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${guichet.security.login-max-failures:5}") int maxFailures,
            @Value("${guichet.security.login-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String username, String address) {
        OffsetDateTime since = utc(clock.instant().minus(window));
        int failures = jdbc.sql("SELECT COUNT(*) FROM identity_login_attempt"
                        + " WHERE username = :username AND successful = FALSE AND attempted_at > :since")
                .param("username", username)
                .param("since", since)
                .query(Integer.class)
                .single();
        if (failures >= maxFailures) {
            return true;
        }
        int fromAddress = jdbc.sql("SELECT COUNT(*) FROM identity_login_attempt"
                        + " WHERE remote_address = :address AND successful = FALSE AND attempted_at > :since")
                .param("address", address)
                .param("since", since)
                .query(Integer.class)
                .single();
        return fromAddress >= maxFailures;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String address, boolean successful) {
        jdbc.sql("INSERT INTO identity_login_attempt (username, remote_address, attempted_at, successful)"
                        + " VALUES (:username, :address, :at, :successful)")
                .param("username", truncate(username, 100))
                .param("address", truncate(address, 64))
                .param("at", utc(clock.instant()))
                .param("successful", successful)
                .update();
    }

    /** Forgets attempts older than the window; called by a scheduled clean-up. */
    @Transactional
    public int purgeOlderThanWindow() {
        return jdbc.sql("DELETE FROM identity_login_attempt WHERE attempted_at < :before")
                .param("before", utc(clock.instant().minus(window).minus(window)))
                .update();
    }

    /** JDBC drivers agree on OffsetDateTime for TIMESTAMP WITH TIME ZONE; PostgreSQL's refuses Instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        String safe = value == null ? "" : value;
        return safe.length() <= max ? safe : safe.substring(0, max);
    }
}
