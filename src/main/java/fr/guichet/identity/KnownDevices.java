package fr.guichet.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that signed in to an
 * account receives a cookie that proves it, and login throttling counts its attempts apart from everybody else's,
 * so that an attacker's failures never refuse the rightful user's usual browser (ADR 0012).
 *
 * <p>The cookie holds one entry per account signed in from this browser (the five latest): the username, the date
 * it was issued and an HMAC-SHA256 of both keyed by the account's password hash. Nothing is stored on the server,
 * every instance checks it the same way, and a new password makes every device of the account unknown again.
 */
@Component
public class KnownDevices {

    public static final String COOKIE = "GUICHET_DEVICE";
    /** The prefix of a known device's key in the login attempts, where other clients have their address. */
    public static final String KEY_PREFIX = "device:";

    private static final int MAX_ACCOUNTS = 5;
    private static final int MAX_COOKIE_LENGTH = 2000;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;

    KnownDevices(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = settings.security().loginDeviceValidity();
    }

    /**
     * The key under which this browser's attempts on {@code username} are counted, when its cookie proves that it
     * signed in to that account (with its current password, within the validity); empty otherwise.
     */
    public Optional<String> recognise(String cookie, String username) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > MAX_COOKIE_LENGTH || username == null) {
            return Optional.empty();
        }
        Optional<String> hash = passwordHash(username);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (String entry : cookie.split("~")) {
            String[] parts = entry.split("\\.");
            if (parts.length != 3 || !parts[0].equals(encode(username))) {
                continue;
            }
            long issued;
            try {
                issued = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                continue;
            }
            Instant issuedAt = Instant.ofEpochSecond(issued);
            boolean current = issuedAt.isBefore(now.plusSeconds(60))
                    && issuedAt.plus(validity).isAfter(now);
            byte[] expected = mac(hash.get(), username, issued).getBytes(StandardCharsets.US_ASCII);
            if (current && MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(KEY_PREFIX + sha256(entry).substring(0, 32));
            }
        }
        return Optional.empty();
    }

    /** The cookie after a successful login to {@code username}: a fresh entry first, other accounts' kept after it. */
    public String remember(String cookie, String username) {
        List<String> entries = new ArrayList<>();
        Optional<String> hash = passwordHash(username);
        if (hash.isPresent()) {
            long issued = clock.instant().getEpochSecond();
            entries.add(encode(username) + "." + issued + "." + mac(hash.get(), username, issued));
        }
        if (cookie != null && cookie.length() <= MAX_COOKIE_LENGTH) {
            for (String entry : cookie.split("~")) {
                String[] parts = entry.split("\\.");
                if (entries.size() < MAX_ACCOUNTS
                        && parts.length == 3
                        && !parts[0].equals(encode(username))
                        && parts[1].chars().allMatch(Character::isDigit)) {
                    entries.add(entry);
                }
            }
        }
        return String.join("~", entries);
    }

    /** Sends the browser its cookie after a successful login (or a change of its own password) to {@code username}. */
    public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String value = remember(LoginClient.of(request).deviceCookie(), username);
        if (value.isEmpty()) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(validity)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM identity_user WHERE username = :username")
                .param("username", UserAccount.normaliseUsername(username))
                .query(String.class)
                .optional();
    }

    private static String encode(String username) {
        return BASE64.encodeToString(UserAccount.normaliseUsername(username).getBytes(StandardCharsets.UTF_8));
    }

    private static String mac(String passwordHash, String username, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(passwordHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal(("guichet-device|" + UserAccount.normaliseUsername(username) + "|" + issued)
                    .getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
