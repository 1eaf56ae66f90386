package fr.guichet.knowledge;

import fr.guichet.shared.NotFound;

public class UnknownCategory extends NotFound {

    public UnknownCategory(String key) {
        super("category", key);
    }
}
