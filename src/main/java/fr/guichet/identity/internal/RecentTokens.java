package fr.guichet.identity.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiToken;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.AfterCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
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

    private record Entry(Optional<AccountPrincipal> principal, Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** How many changes of accounts or tokens were committed on this instance. */
    private final AtomicLong changes = new AtomicLong();

    private final Duration lifetime;
    private final Clock clock;

    RecentTokens(@Value("${guichet.api.token-cache:PT5S}") Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The account remembered for this token hash, or the one {@code lookup} finds (and is then remembered). */
    public Optional<AccountPrincipal> get(String tokenHash, Supplier<Optional<AccountPrincipal>> lookup) {
        if (lifetime.isZero()) {
            return lookup.get();
        }
        Entry entry = entries.get(tokenHash);
        if (isFresh(entry)) {
            return entry.principal();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // One lookup per token when its entry expires: the calls arriving meanwhile with the same token wait for it
        // instead of each querying the database and updating the token's last use (one row, one lock) at once.
        return entries.compute(tokenHash, (hash, current) -> isFresh(current) ? current : looked(lookup))
                .principal();
    }

    private boolean isFresh(Entry entry) {
        return entry != null && clock.instant().isBefore(entry.until());
    }

    /**
     * The lookup's answer, remembered unless an account or a token changed while it ran: it may then have read the
     * state before the change, and answers only the call that asked.
     */
    private Entry looked(Supplier<Optional<AccountPrincipal>> lookup) {
        long before = changes.get();
        Optional<AccountPrincipal> principal = lookup.get();
        Instant until = changes.get() == before ? clock.instant().plus(lifetime) : Instant.MIN;
        return new Entry(principal, until);
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
            AfterCommit.run(() -> {
                changes.incrementAndGet();
                entries.clear();
            });
        }
    }
}
