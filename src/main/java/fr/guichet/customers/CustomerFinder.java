package fr.guichet.customers;

import java.util.Collection;
import java.util.Optional;

/**
 * Another module's way to find customers by what it knows (a request reference, an invoice number…), for the desk's
 * search.
 */
public interface CustomerFinder {

    /** The ids of organisations that the text designates in this module; empty when it means nothing here. */
    Collection<Long> organisationsMatching(String text);

    /**
     * The desk's page the text designates by itself (a request reference opens the request), when there is one: the
     * desk's search goes straight there.
     */
    default Optional<String> deskPageFor(String text) {
        return Optional.empty();
    }
}
