package fr.guichet.requests;

import fr.guichet.requests.internal.OwnerAttentionStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Marks a request that came back to its owner ({@link OwnerAttention}), in the transaction of the change. */
@Component
class OwnerAttentionRecorder {

    private final OwnerAttentionStore attention;

    OwnerAttentionRecorder(OwnerAttentionStore attention) {
        this.attention = attention;
    }

    @EventListener
    void on(RequestEvent event) {
        OwnerAttention.reasonFor(event)
                .ifPresent(reason ->
                        attention.flag(event.requestId(), event.about().ownerId(), reason.name(), event.at()));
    }
}
