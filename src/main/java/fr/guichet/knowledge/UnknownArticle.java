package fr.guichet.knowledge;

import fr.guichet.shared.NotFound;

/** No such article, or none this reader may see (a draft, an internal article for a visitor): 404 either way. */
public class UnknownArticle extends NotFound {

    public UnknownArticle(String key) {
        super("article", key);
    }
}
