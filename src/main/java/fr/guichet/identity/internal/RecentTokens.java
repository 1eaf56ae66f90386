package fr.guichet.identity.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiToken;
import fr.guichet.identity.IdentitySettings;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.AfterCommit;
import fr.guichet.shared.ShortCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * The accounts behind the API tokens used in the last few seconds, so that an integration sending many calls is not
 * looked up in the database for each one. Any change to an account or a token on this instance forgets them all at
 * once; a change made on another instance is seen here after {@code guichet.api.token-cache} (5 s by default) at most.
 */
@Component
public class RecentTokens {

    private static final int MAX_ENTRIES = 10_000;

    /**
     * One short cache per token hash. A committed change of an account or a token replaces them all: a lookup under
     * way at that moment answers its own call and is kept only by a cache nobody reaches any more.
     */
    private final Map<String, ShortCache<Optional<AccountPrincipal>>> entries = new ConcurrentHashMap<>();

    private final Duration lifetime;
    private final Clock clock;

    @Autowired
    RecentTokens(IdentitySettings settings, Clock clock) {
        this(settings.api().tokenCache(), clock);
    }

    RecentTokens(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * The account remembered for this token hash, or the one {@code lookup} finds (and is then remembered). The lookup
     * depends on the hash only: when the entry expires, the lookup given with the first call for that hash runs once
     * for all the calls arriving meanwhile, instead of each querying the database and updating the token's last use
     * (one row, one lock) at once.
     */
    public Optional<AccountPrincipal> get(String tokenHash, Supplier<Optional<AccountPrincipal>> lookup) {
        if (lifetime.isZero()) {
            return lookup.get();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        return entries.computeIfAbsent(tokenHash, hash -> new ShortCache<>(lookup, lifetime, clock))
                .get();
    }

    /**
     * Forgets every entry once the change of an account or a token is committed (at once outside a transaction):
     * forgetting before the commit would let a lookup in between remember the state before the change.
     */
    @EventListener
    void on(AfterSaveEvent<?> saved) {
        forgetIfAccountOrToken(saved.getEntity());
    }

    @EventListener
    void on(AfterDeleteEvent<?> deleted) {
        forgetIfAccountOrToken(deleted.getEntity());
    }

    private void forgetIfAccountOrToken(Object entity) {
        if (entity == null || entity instanceof UserAccount || entity instanceof ApiToken) {
            AfterCommit.run(entries::clear);
        }
    }
}
