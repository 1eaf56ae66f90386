package fr.guichet.requests;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line of an owner's "mine" list: the request wherever it is ({@code item.teamId()}, none: the front office), since
 * when it is there, and why it came back to them if it did (highlighted until they open it).
 */
public record OwnedRequest(QueueItem item, Instant arrivedAt, OwnerAttention.@Nullable Reason cameBack) {

    /** Whether the owner's list highlights it: it came back to them and they have not opened it since. */
    public boolean isHighlighted() {
        return cameBack != null;
    }
}
