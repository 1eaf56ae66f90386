package fr.guichet.requests;

import java.util.Objects;
import java.util.Optional;

/**
 * When a request comes back to its owner, and why: a team returned it, asked them a question, or answered (a public
 * reply or the resolution by the team that holds it, or by the team on an internal request). The owner's "mine" list
 * highlights it and the owner is alerted, until they open the request. One rule for the highlight and the alerts.
 */
public final class OwnerAttention {

    /** Why the owner should look at the request again. */
    public enum Reason {
        RETURNED,
        QUESTION,
        ANSWER,
        /** The customer answered the quote made from the request. */
        QUOTE_ANSWER
    }

    private OwnerAttention() {}

    /** Why this change calls its owner back, if it does. */
    public static Optional<Reason> reasonFor(RequestEvent event) {
        RequestEvent.About request = event.about();
        if (request.ownerId() == null || Objects.equals(event.actorId(), request.ownerId())) {
            return Optional.empty();
        }
        return switch (event.kind()) {
            case RETURNED_TO_OWNER -> Optional.of(Reason.RETURNED);
            case QUOTE_ACCEPTED, QUOTE_DECLINED -> Optional.of(Reason.QUOTE_ANSWER);
            case QUESTION_TO_OWNER -> Optional.of(Reason.QUESTION);
            case PUBLIC_REPLY, RESOLVED ->
                event.actorId() != null && request.teamId() != null ? Optional.of(Reason.ANSWER) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
