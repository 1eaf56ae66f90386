package fr.guichet.contracts;

import fr.guichet.shared.NotFound;

/** No contract by that id: answered as not found. */
public class UnknownContract extends NotFound {

    public UnknownContract(String what) {
        super("contract", what);
    }
}
