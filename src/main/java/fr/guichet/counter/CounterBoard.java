package fr.guichet.counter;

import java.util.List;

/**
 * What the waiting room's display shows: the latest calls (newest first, the first one large) and, per reason, how
 * many wait and how long a newcomer can expect to wait.
 *
 * @param change the change counter the board was read at (the display chimes when the newest call changes)
 */
public record CounterBoard(List<Ticket> lastCalls, List<ReasonWait> waits, long change) {

    /** One reason's line. */
    public record ReasonWait(Reason reason, int waiting, long expectedMinutes) {}
}
