package fr.guichet.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A window of resolution due times that the queues filter on and the home panels count: due today (late or not),
 * at risk (due within the hour, the queue's "due soon" badge) and breached today (past due since midnight). Only
 * requests whose clock runs (new or in progress) are in a window: one waiting for the customer is paused and its due
 * time will move. "Today" is the business calendar's day ({@link BusinessHours}), so that midnight is the office's.
 * One rule for the list's filter and the panels' figures, so that a figure is the count of the list it opens.
 */
public enum DueWindow {
    TODAY,
    AT_RISK,
    BREACHED_TODAY;

    /** Where the window starts (included). */
    public Instant from(Instant now, ZoneId zone) {
        return this == AT_RISK ? now : startOfDay(now, zone);
    }

    /** Where the window ends (excluded). */
    public Instant to(Instant now, ZoneId zone) {
        return switch (this) {
            case TODAY -> startOfDay(now, zone, 1);
            case AT_RISK -> now.plus(RequestStatus.DUE_SOON);
            case BREACHED_TODAY -> now;
        };
    }

    /** Whether a request in this state, due then, is in the window now. */
    public boolean contains(RequestStatus status, Instant resolutionDue, Instant now, ZoneId zone) {
        return status.isClockRunning()
                && resolutionDue != null
                && !resolutionDue.isBefore(from(now, zone))
                && resolutionDue.isBefore(to(now, zone));
    }

    private static Instant startOfDay(Instant now, ZoneId zone) {
        return startOfDay(now, zone, 0);
    }

    private static Instant startOfDay(Instant now, ZoneId zone, int plusDays) {
        LocalDate day = now.atZone(zone).toLocalDate().plusDays(plusDays);
        return day.atStartOfDay(zone).toInstant();
    }
}
