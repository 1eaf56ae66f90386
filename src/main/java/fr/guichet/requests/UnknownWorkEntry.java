package fr.guichet.requests;

import fr.guichet.shared.NotFound;

/** No work entry by that id on that request, or none this user may see: both are answered 404. */
public class UnknownWorkEntry extends NotFound {

    public UnknownWorkEntry(long id) {
        super("work entry", String.valueOf(id));
    }
}
