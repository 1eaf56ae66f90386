package fr.guichet.counter;

import fr.guichet.requests.Category;
import org.jspecify.annotations.Nullable;

/**
 * A served visit recorded as a request on the counter channel, as the agent decided it: settled at once (with the
 * answer given) or handed to a back-office team (with the note every hand-off needs), or kept at the front office.
 *
 * @param organisationId the customer, when identified (the ticket's, unless the agent picked another)
 * @param requesterName who came, when not a known contact (the ticket's name by default)
 */
public record CounterVisit(
        String subject,
        String description,
        Category category,
        @Nullable Long organisationId,
        @Nullable String requesterName,
        @Nullable String answer,
        @Nullable Long teamId,
        @Nullable String handOffNote) {}
