package fr.guichet.catalogue;

import fr.guichet.shared.NotFound;

/** No catalogue item has this id or code: answered as not found. */
public class UnknownCatalogueItem extends NotFound {

    public UnknownCatalogueItem(String what) {
        super("catalogue item", what);
    }
}
