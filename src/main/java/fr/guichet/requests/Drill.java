package fr.guichet.requests;

/**
 * Which of the period's requests a figure counts, for the drill-down from the figure to its list. {@link #BACKLOG}
 * and {@link #OVERDUE} are the requests open now, whatever their creation date.
 */
public enum Drill {
    ALL(true),
    RESPONDED(true),
    RESPONSE_LATE(true),
    RESOLVED(true),
    RESOLUTION_LATE(true),
    FIRST_CONTACT(true),
    HANDED_OFF(true),
    BOUNCED(true),
    REOPENED(true),
    RATED(true),
    /** Rated with a given score. */
    SCORE(true),
    /** Moved from a team to another (null: the front office) at least once. */
    TRANSFER(true),
    BACKLOG(false),
    OVERDUE(false);

    private final boolean ofPeriod;

    Drill(boolean ofPeriod) {
        this.ofPeriod = ofPeriod;
    }

    /** Whether the figure counts the period's requests (else those open now). */
    public boolean ofPeriod() {
        return ofPeriod;
    }
}
