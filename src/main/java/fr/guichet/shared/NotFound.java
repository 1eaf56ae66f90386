package fr.guichet.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing by that identifier, or nothing this caller may see: both get the same answer (404), so that a caller never
 * learns what exists beyond its reach. Each module names its own subclass ({@code UnknownRequest}, ...).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFound extends RuntimeException {

    private final String what;

    /**
     * @param what the kind of thing, in English, for the API's problem details ("request")
     * @param key what was looked for, for the log only
     */
    protected NotFound(String what, String key) {
        super("No " + what + " " + key);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
