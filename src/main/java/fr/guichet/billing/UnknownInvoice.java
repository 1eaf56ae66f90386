package fr.guichet.billing;

import fr.guichet.shared.NotFound;

/** No invoice by that id or number, or none this caller may see: answered as not found. */
public class UnknownInvoice extends NotFound {

    public UnknownInvoice(String what) {
        super("invoice", what);
    }
}
