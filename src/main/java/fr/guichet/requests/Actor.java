package fr.guichet.requests;

/** Who acts on a request: a user (id and name shown in the history), or the system for automatic steps. */
public record Actor(Long userId, String name) {

    public static final Actor SYSTEM = new Actor(null, "Guichet");
}
