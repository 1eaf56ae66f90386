package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A block of a request page's side panel contributed by another module (the quote made from a pre-sales request, the
 * time recorded and the invoice that billed it…), so that requests depends on none of them. The block is a Thymeleaf
 * fragment taking one parameter, the model; it is shown only when {@link #model} gives one.
 */
public interface RequestPanel {

    /** What a panel may know of the request it is shown beside, the zone ("desk", "back", "portal") and the reader. */
    record Subject(
            long requestId,
            String reference,
            @Nullable Long organisationId,
            Category category,
            RequestStatus status,
            String zone,
            AccountPrincipal reader) {}

    /** Where the block stands among the others: lower first. */
    int order();

    /** The fragment to render, as "template :: fragment". */
    String fragment();

    /** What the fragment needs for this request, or nothing when the block has nothing to show to this reader. */
    Optional<Map<String, Object>> model(Subject subject);
}
