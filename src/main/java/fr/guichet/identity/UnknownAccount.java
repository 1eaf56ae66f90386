package fr.guichet.identity;

import fr.guichet.shared.NotFound;

/** No account answers to this id or username. */
public class UnknownAccount extends NotFound {

    public UnknownAccount(String key) {
        super("account", key);
    }
}
