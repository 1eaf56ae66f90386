package fr.guichet.contracts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No contract by that id: answered as not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownContract extends RuntimeException {

    public UnknownContract(String what) {
        super("No contract " + what);
    }
}
