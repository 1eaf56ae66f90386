package fr.guichet.identity;

import fr.guichet.identity.internal.ApiTokenRepository;
import fr.guichet.identity.internal.RecentTokens;
import fr.guichet.identity.internal.UserAccountRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. A token is {@code gch_} followed by 40 random URL-safe characters
 * (240 bits); it is shown once, and only its SHA-256 hash is stored, which is enough for a secret of that entropy.
 */
@Service
@Transactional
public class ApiTokenManagement {

    private static final String PREFIX = "gch_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final RecentTokens recent;
    private final Clock clock;

    ApiTokenManagement(ApiTokenRepository tokens, UserAccountRepository users, RecentTokens recent, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.recent = recent;
        this.clock = clock;
    }

    /** The token and its secret, which the caller shows once and never again. */
    public record IssuedToken(ApiToken token, String secret) {}

    /**
     * Issues a token to an integration account. Staff and customers sign in with their password and never hold a
     * token: a token of theirs would be a second, unthrottled way into their account (an administrator's one into
     * the whole application).
     *
     * @throws AccountRuleViolation on the field "userId" when the account is not an integration or is disabled
     */
    public IssuedToken issue(long userId, String name, String issuedBy) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new UnknownAccount(String.valueOf(userId)));
        if (user.getKind() != AccountKind.INTEGRATION) {
            throw new AccountRuleViolation("userId", "identity.token.error.not-integration");
        }
        if (!user.isEnabled()) {
            throw new AccountRuleViolation("userId", "identity.token.error.user-disabled");
        }
        byte[] random = new byte[30];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(
                ApiToken.issue(userId, name.strip(), secret.substring(0, 10), hash(secret), issuedBy, clock.instant()));
        return new IssuedToken(token, secret);
    }

    public void revoke(long tokenId) {
        tokens.findById(tokenId).ifPresent(token -> {
            token.revoke(clock.instant());
            tokens.save(token);
        });
    }

    /**
     * The enabled account behind an active token, or empty for anything else. The answer is remembered for a few
     * seconds ({@link RecentTokens}); the token's last use is recorded at most once a minute.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<AccountPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return recent.get(hash, () -> lookUp(hash));
    }

    private Optional<AccountPrincipal> lookUp(String hash) {
        Optional<ApiToken> token = tokens.findByTokenHash(hash).filter(ApiToken::isActive);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        tokens.touch(
                token.get().getId(),
                now.atOffset(ZoneOffset.UTC),
                now.minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC));
        return users.findById(token.get().getUserId())
                .filter(UserAccount::isEnabled)
                .map(AccountPrincipal::new);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return tokens.findAllOrdered();
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
