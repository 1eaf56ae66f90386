package fr.guichet.knowledge.web;

import fr.guichet.shared.NotFound;

/** A suggested article that is not (or no longer) a published public article. */
class NoSuchArticle extends NotFound {

    NoSuchArticle(long id) {
        super("article", Long.toString(id));
    }
}
