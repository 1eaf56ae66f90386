package fr.guichet.requests;

/** Where a request stands. Service-level clocks run in NEW and IN_PROGRESS and pause in WAITING_CUSTOMER. */
public enum RequestStatus {
    NEW,
    IN_PROGRESS,
    WAITING_CUSTOMER,
    RESOLVED,
    CLOSED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
