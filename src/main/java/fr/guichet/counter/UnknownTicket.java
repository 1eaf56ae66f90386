package fr.guichet.counter;

import fr.guichet.shared.NotFound;

/** No such ticket, reason, counter or device link. */
public class UnknownTicket extends NotFound {

    public UnknownTicket(String what, String key) {
        super(what, key);
    }
}
