package fr.guichet.customers;

import java.util.Collection;

/**
 * Another module's way to find customers by what it knows (a request reference, an invoice number…), for the desk's
 * search.
 */
public interface CustomerFinder {

    /** The ids of organisations that the text designates in this module; empty when it means nothing here. */
    Collection<Long> organisationsMatching(String text);
}
