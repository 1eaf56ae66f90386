package fr.guichet.website;

import fr.guichet.shared.NotFound;

/** No site page by that id (or address): a 404, in the zone's layout. */
public class UnknownSitePage extends NotFound {

    public UnknownSitePage(String key) {
        super("page", key);
    }
}
