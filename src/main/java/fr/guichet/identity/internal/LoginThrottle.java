package fr.guichet.identity.internal;

import fr.guichet.identity.IdentitySettings;
import fr.guichet.identity.KnownDevices;
import fr.guichet.identity.LoginClient;
import fr.guichet.identity.LoginThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login throttling policy (ADR 0012): it slows the attacker down and leaves the rightful user alone.
 *
 * <ul>
 *   <li>Failures are counted per account and client: the client is a known device of the account
 *       ({@link KnownDevices}) or else the address. After {@code loginMaxFailures} failures since the last success of
 *       that pair, the next attempt waits {@code loginDelay} after the last failure, doubled at each further failure
 *       and never more than the window.
 *   <li>Clients that are not a known device are also counted per account (an attack spread over many addresses) and
 *       per address (one address trying many accounts), with their own thresholds and the same delays.
 *   <li>A known device is never held back by anybody else's failures: the rightful user's usual browser still signs
 *       in while an account or an address is under attack.
 * </ul>
 *
 * <p>Attempts are rows of {@code identity_login_attempt} (its {@code remote_address} holds the client key: the
 * address, or {@code device:} and the device's key), so every instance counts the same ones. An attempt refused
 * by the throttle is not counted: it checked no password.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KnownDevices devices;
    private final IdentitySettings.LoginSettings settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, KnownDevices devices, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.devices = devices;
        this.settings = settings.security();
    }

    /** Who is counted: the address, and the device key when the browser is a known device of the account. */
    public record Client(String address, Optional<String> device) {

        public Client {
            address = truncate(address, 64);
        }

        /** The key the attempt is recorded under for its account. */
        String key() {
            return device.orElse(address);
        }

        public boolean knownDevice() {
            return device.isPresent();
        }
    }

    /** The failures counted under one key within the window, and the latest of them. */
    record Failures(long count, Instant latest) {

        static final Failures NONE = new Failures(0, null);
    }

    public Client client(String username, LoginClient from) {
        return new Client(from.address(), devices.recognise(from.deviceCookie(), username));
    }

    /** Refuses the attempt, without checking its password, while the throttle holds this account or client back. */
    @Transactional(readOnly = true)
    public void check(String username, Client client) {
        Optional<Instant> until = refusedUntil(username, client);
        if (until.isPresent()) {
            throw new LoginThrottledException("Too many failed logins, retry after " + until.get());
        }
    }

    /** Until when an attempt on this account from this client is refused, or empty when it may be checked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> refusedUntil(String username, Client client) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.loginWindow());
        Optional<Instant> until =
                waitUntil(pairFailures(username, client.key(), windowStart), settings.loginMaxFailures(), now);
        if (until.isEmpty() && !client.knownDevice()) {
            until = waitUntil(accountFailures(username, windowStart), settings.loginAccountMaxFailures(), now);
        }
        if (until.isEmpty() && !client.knownDevice()) {
            until = waitUntil(addressFailures(client.address(), windowStart), settings.loginAddressMaxFailures(), now);
        }
        return until;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, Client client, boolean successful) {
        jdbc.sql("INSERT INTO identity_login_attempt (username, remote_address, attempted_at, successful)"
                        + " VALUES (:username, :client, :at, :successful)")
                .param("username", truncate(username, 100))
                .param("client", client.key())
                .param("at", utc(clock.instant()))
                .param("successful", successful)
                .update();
    }

    /** Forgets attempts older than twice the window; called by a scheduled clean-up. */
    @Transactional
    public int purgeOlderThanWindow() {
        return jdbc.sql("DELETE FROM identity_login_attempt WHERE attempted_at < :before")
                .param(
                        "before",
                        utc(clock.instant().minus(settings.loginWindow()).minus(settings.loginWindow())))
                .update();
    }

    /**
     * The policy's delay: none below {@code limit} failures; at {@code limit}, the base delay after the latest one,
     * doubled at each further failure, never more than the window.
     */
    Optional<Instant> waitUntil(Failures failures, int limit, Instant now) {
        if (failures.count() < limit || failures.latest() == null) {
            return Optional.empty();
        }
        long doublings = Math.min(failures.count() - limit, 30);
        Duration delay = settings.loginDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(settings.loginWindow()) > 0) {
            delay = settings.loginWindow();
        }
        Instant until = failures.latest().plus(delay);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Failures of this account from this client since its last success from there (within the window). */
    private Failures pairFailures(String username, String key, Instant windowStart) {
        Optional<OffsetDateTime> lastSuccess = jdbc.sql("SELECT MAX(attempted_at) FROM identity_login_attempt"
                        + " WHERE username = :username AND remote_address = :key AND successful = TRUE"
                        + " AND attempted_at > :since")
                .param("username", username)
                .param("key", key)
                .param("since", utc(windowStart))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
        Instant since = lastSuccess.map(OffsetDateTime::toInstant).orElse(windowStart);
        return failures(jdbc.sql(failuresQuery("username = :username AND remote_address = :key"))
                .param("username", username)
                .param("key", key)
                .param("since", utc(since)));
    }

    /** Failures of this account from clients that are not a known device. */
    private Failures accountFailures(String username, Instant windowStart) {
        return failures(jdbc.sql(failuresQuery("username = :username AND remote_address NOT LIKE 'device:%'"))
                .param("username", username)
                .param("since", utc(windowStart)));
    }

    /** Failures from this address, whatever the account. */
    private Failures addressFailures(String address, Instant windowStart) {
        return failures(jdbc.sql(failuresQuery("remote_address = :address"))
                .param("address", address)
                .param("since", utc(windowStart)));
    }

    private static String failuresQuery(String where) {
        return "SELECT COUNT(*), MAX(attempted_at) FROM identity_login_attempt WHERE " + where
                + " AND successful = FALSE AND attempted_at > :since";
    }

    private static Failures failures(JdbcClient.StatementSpec query) {
        return query.query((rs, row) -> {
                    OffsetDateTime latest = rs.getObject(2, OffsetDateTime.class);
                    return new Failures(rs.getLong(1), latest == null ? null : latest.toInstant());
                })
                .optional()
                .orElse(Failures.NONE);
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
