package fr.guichet.requests.internal;

import fr.guichet.requests.RoutingRule;
import fr.guichet.shared.AfterCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * The routing rules every new request goes through, read again from the database at most every few seconds
 * ({@code guichet.requests.routing-cache}, 5 s by default) and at once after a rule is changed on this instance; a
 * change made on another instance applies here within that delay.
 */
@Component
public class CurrentRoutingRules {

    private record Snapshot(List<RoutingRule> rules, Instant until) {}

    private final RoutingRuleRepository repository;
    private final Duration lifetime;
    private final Clock clock;
    private volatile Snapshot snapshot;
    /** How many changes of rules were committed on this instance. */
    private final AtomicLong changes = new AtomicLong();

    CurrentRoutingRules(
            RoutingRuleRepository repository,
            @Value("${guichet.requests.routing-cache:PT5S}") Duration lifetime,
            Clock clock) {
        this.repository = repository;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public List<RoutingRule> inOrder() {
        Snapshot current = snapshot;
        if (isFresh(current)) {
            return current.rules();
        }
        // One reload when the snapshot expires: the submissions arriving meanwhile wait for it instead of each
        // reading the rules again.
        synchronized (this) {
            current = snapshot;
            if (!isFresh(current)) {
                long before = changes.get();
                List<RoutingRule> rules = List.copyOf(repository.findAllByPosition());
                current = new Snapshot(rules, clock.instant().plus(lifetime));
                if (changes.get() == before) { // else the rules may have been read before the change: not kept
                    snapshot = current;
                }
            }
            return current.rules();
        }
    }

    private boolean isFresh(Snapshot current) {
        return current != null && clock.instant().isBefore(current.until());
    }

    /**
     * Forgets the rules once a change is committed (at once outside a transaction): forgetting them before the commit
     * would let a submission in between read and keep the rules before the change.
     */
    @EventListener
    void on(AfterSaveEvent<?> saved) {
        if (saved.getEntity() instanceof RoutingRule) {
            forget();
        }
    }

    @EventListener
    void on(AfterDeleteEvent<?> deleted) {
        if (deleted.getEntity() == null || deleted.getEntity() instanceof RoutingRule) {
            forget();
        }
    }

    private void forget() {
        AfterCommit.run(() -> {
            changes.incrementAndGet();
            snapshot = null;
        });
    }
}
