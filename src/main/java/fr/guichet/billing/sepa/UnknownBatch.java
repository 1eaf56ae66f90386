package fr.guichet.billing.sepa;

import fr.guichet.shared.NotFound;

/** No batch of debits by that id. */
public class UnknownBatch extends NotFound {

    public UnknownBatch(long id) {
        super("direct debit batch", String.valueOf(id));
    }
}
