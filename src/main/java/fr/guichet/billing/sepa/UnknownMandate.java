package fr.guichet.billing.sepa;

import fr.guichet.shared.NotFound;

/** No mandate by that id (for this customer). */
public class UnknownMandate extends NotFound {

    public UnknownMandate(long id) {
        super("mandate", String.valueOf(id));
    }
}
