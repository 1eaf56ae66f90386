package fr.guichet.requests;

/**
 * How many requests an owner's "mine" list shows: all that are open, those in each due-time window
 * ({@link DueWindow}), those that came back to them and that they have not opened since ({@link OwnerAttention}).
 */
public record OwnerCounts(long open, long dueToday, long atRisk, long breachedToday, long cameBack) {

    /** The count of the list narrowed to this window. */
    public long in(DueWindow window) {
        return switch (window) {
            case TODAY -> dueToday;
            case AT_RISK -> atRisk;
            case BREACHED_TODAY -> breachedToday;
        };
    }
}
