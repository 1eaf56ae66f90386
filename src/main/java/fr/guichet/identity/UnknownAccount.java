package fr.guichet.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account answers to this id or username. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownAccount extends RuntimeException {

    public UnknownAccount(String key) {
        super("No account " + key);
    }
}
