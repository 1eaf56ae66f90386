package fr.guichet.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No catalogue item has this id or code: answered as not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownCatalogueItem extends RuntimeException {

    public UnknownCatalogueItem(String what) {
        super("No catalogue item " + what);
    }
}
