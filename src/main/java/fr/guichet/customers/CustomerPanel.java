package fr.guichet.customers;

import java.util.Map;

/**
 * A panel of the customer screen contributed by another module (requests, contracts, billing…), so that customers
 * does not depend on them. The panel is a Thymeleaf fragment rendered with the model it returns.
 */
public interface CustomerPanel {

    /** Where the panel stands among the others: lower first. */
    int order();

    /** The fragment to render, as "template :: fragment". */
    String fragment();

    /** What the fragment needs for this organisation. */
    Map<String, Object> model(long organisationId);
}
