package fr.guichet.requests;

import java.time.Instant;

/** A message of a request's conversation: a public reply the customer sees, or an internal note they never see. */
public record Message(
        long id,
        long requestId,
        Long authorId,
        String authorName,
        boolean fromCustomer,
        Visibility visibility,
        String body,
        Instant createdAt) {

    public enum Visibility {
        PUBLIC,
        INTERNAL
    }

    public boolean isInternal() {
        return visibility == Visibility.INTERNAL;
    }
}
