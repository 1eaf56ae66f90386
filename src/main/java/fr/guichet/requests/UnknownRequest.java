package fr.guichet.requests;

import fr.guichet.shared.NotFound;

/** No request by that reference, or none this user may see: both are answered 404. */
public class UnknownRequest extends NotFound {

    public UnknownRequest(String reference) {
        super("request", reference);
    }
}
