package fr.guichet.website;

import fr.guichet.shared.NotFound;

/** No news item by that id or slug, or not one visitors may see yet. */
public class UnknownNews extends NotFound {

    public UnknownNews(String key) {
        super("news item", key);
    }
}
