package fr.guichet.customers;

import fr.guichet.shared.NotFound;

/** No customer organisation by that id: answered as not found. */
public class UnknownCustomer extends NotFound {

    public UnknownCustomer(String what) {
        super("customer", what);
    }
}
