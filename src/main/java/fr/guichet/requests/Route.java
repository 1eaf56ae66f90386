package fr.guichet.requests;

/** Where routing sends a new request: a back-office team, or none to keep it at the front office. */
public record Route(Long teamId, Priority priority) {

    public static Route frontOffice(Priority priority) {
        return new Route(null, priority);
    }
}
