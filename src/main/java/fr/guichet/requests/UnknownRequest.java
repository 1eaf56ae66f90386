package fr.guichet.requests;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No request by that reference, or none this user may see: both are answered 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownRequest extends RuntimeException {

    public UnknownRequest(String reference) {
        super("No visible request " + reference);
    }
}
