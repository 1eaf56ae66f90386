package fr.guichet.counter;

/**
 * Where a ticket stands: waiting → called (at a counter) → serving → done, or called → no-show when the visitor did not
 * come. A called ticket may be called again (the display announces it again) until it is served or marked absent.
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW;

    /** Whether the visitor is still in the room (waiting, or called and walking to the counter). */
    public boolean inRoom() {
        return this == WAITING || this == CALLED;
    }
}
