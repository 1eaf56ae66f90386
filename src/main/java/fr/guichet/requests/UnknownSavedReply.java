package fr.guichet.requests;

import fr.guichet.shared.NotFound;

/** No saved reply by that id, or none this person may use or keep: both are answered 404. */
public class UnknownSavedReply extends NotFound {

    public UnknownSavedReply(long id) {
        super("saved reply", Long.toString(id));
    }
}
