package fr.guichet.customers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A panel of the customer's portal home contributed by another module (their open requests, their active contracts,
 * what is due when billing exists…), so that the portal's home depends on none of them. The panel is a Thymeleaf
 * fragment rendered with the model it returns; it shows only what belongs to the customer's own organisation.
 */
public interface CustomerPortalPanel {

    /** Where the panel stands among the others: lower first. */
    int order();

    /** The fragment to render, as "template :: fragment" (a fragment taking one parameter, the model). */
    String fragment();

    /**
     * What the fragment needs for this customer: {@code organisationId} their organisation (none for a customer
     * without one: only what they filed themselves), {@code userId} their account.
     */
    Map<String, Object> model(@Nullable Long organisationId, long userId);
}
