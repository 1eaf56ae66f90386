package fr.guichet.quotes;

import fr.guichet.shared.NotFound;

/** No quote by that id, or not one this caller may see: answered as not found. */
public class UnknownQuote extends NotFound {

    public UnknownQuote(String what) {
        super("quote", what);
    }
}
