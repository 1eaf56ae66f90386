package fr.guichet.requests.internal;

import fr.guichet.requests.RoutingRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    CurrentRoutingRules(
            RoutingRuleRepository repository,
            @Value("${guichet.requests.routing-cache:PT5S}") Duration lifetime,
            Clock clock) {
        this.repository = repository;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public List<RoutingRule> inOrder() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || !now.isBefore(current.until())) {
            current = new Snapshot(List.copyOf(repository.findAllByPosition()), now.plus(lifetime));
            snapshot = current;
        }
        return current.rules();
    }

    @EventListener
    void on(AfterSaveEvent<?> saved) {
        if (saved.getEntity() instanceof RoutingRule) {
            snapshot = null;
        }
    }

    @EventListener
    void on(AfterDeleteEvent<?> deleted) {
        if (deleted.getEntity() == null || deleted.getEntity() instanceof RoutingRule) {
            snapshot = null;
        }
    }
}
