package fr.guichet.requests;

import java.time.Instant;

/**
 * Where a request stands against its resolution time, as queues show it (a colour and a word, never the colour
 * alone): on time, due within the hour, overdue, paused while the customer is asked, or done (closed).
 */
public enum ServiceLevelState {
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    PAUSED,
    DONE;

    public static ServiceLevelState of(RequestStatus status, Instant resolutionDue, Instant now) {
        if (!status.isOpen()) {
            return DONE;
        }
        if (!status.isClockRunning()) {
            return PAUSED;
        }
        if (status.isOverdue(resolutionDue, now)) {
            return OVERDUE;
        }
        return status.isDueSoon(resolutionDue, now) ? DUE_SOON : ON_TIME;
    }
}
