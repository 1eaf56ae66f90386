package fr.guichet.billing.payments;

import fr.guichet.shared.NotFound;

/** No payment (or allocation) by that id, or none this caller may see: answered as not found. */
public class UnknownPayment extends NotFound {

    public UnknownPayment(long id) {
        super("payment", String.valueOf(id));
    }
}
