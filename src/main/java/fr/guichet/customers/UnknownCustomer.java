package fr.guichet.customers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No customer organisation by that id: answered as not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownCustomer extends RuntimeException {

    public UnknownCustomer(String what) {
        super("No customer " + what);
    }
}
