package fr.guichet.requests;

import java.time.Duration;
import java.time.Instant;

/** Where a request stands. Service-level clocks run in NEW and IN_PROGRESS and pause in WAITING_CUSTOMER. */
public enum RequestStatus {
    NEW,
    IN_PROGRESS,
    WAITING_CUSTOMER,
    RESOLVED,
    CLOSED;

    /** How long before its resolution time a request is "due soon" (at risk): queues mark it, panels count it. */
    public static final Duration DUE_SOON = Duration.ofHours(1);

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Whether the clock runs in this state: open and not waiting for the customer. */
    public boolean isClockRunning() {
        return isOpen() && this != WAITING_CUSTOMER;
    }

    /** Past its resolution time while the clock runs. */
    public boolean isOverdue(Instant resolutionDue, Instant now) {
        return isClockRunning() && resolutionDue != null && now.isAfter(resolutionDue);
    }

    /** Due within the hour while the clock runs: queues mark it. */
    public boolean isDueSoon(Instant resolutionDue, Instant now) {
        return isClockRunning()
                && resolutionDue != null
                && !now.isAfter(resolutionDue)
                && now.plus(DUE_SOON).isAfter(resolutionDue);
    }
}
