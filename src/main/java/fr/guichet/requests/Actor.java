package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;

/** Who acts on a request: a user (id and name shown in the history), or the system for automatic steps. */
public record Actor(Long userId, String name) {

    public static final Actor SYSTEM = new Actor(null, "Guichet");

    /** The signed-in user (or the API token's account) as the history names them. */
    public static Actor of(AccountPrincipal user) {
        return new Actor(user.getId(), user.getDisplayName());
    }
}
