package fr.guichet.requests.internal;

import fr.guichet.requests.RequestSettings;
import fr.guichet.requests.RoutingRule;
import fr.guichet.shared.ShortCache;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * The routing rules every new request goes through, read again from the database at most every few seconds
 * ({@code guichet.requests.routing-cache}, 5 s by default) and as soon as a change of a rule on this instance is
 * committed; a change made on another instance applies here within that delay.
 */
@Component
public class CurrentRoutingRules {

    private final ShortCache<List<RoutingRule>> rules;

    CurrentRoutingRules(RoutingRuleRepository repository, RequestSettings settings, Clock clock) {
        this.rules = new ShortCache<>(
                () -> List.copyOf(repository.findAllByPosition()),
                settings.requests().routingCache(),
                clock);
    }

    public List<RoutingRule> inOrder() {
        return rules.get();
    }

    @EventListener
    void on(AfterSaveEvent<?> saved) {
        if (saved.getEntity() instanceof RoutingRule) {
            rules.forgetAfterCommit();
        }
    }

    @EventListener
    void on(AfterDeleteEvent<?> deleted) {
        if (deleted.getEntity() == null || deleted.getEntity() instanceof RoutingRule) {
            rules.forgetAfterCommit();
        }
    }
}
