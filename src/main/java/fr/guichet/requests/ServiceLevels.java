package fr.guichet.requests;

import fr.guichet.shared.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service-level policy: first-response and resolution targets per priority, in business hours of the
 * calendar. Internal requests (colleagues asking the back office) have their own targets, not the customers': by
 * default twice the time at each priority.
 */
public class ServiceLevels {

    private final Supplier<BusinessCalendar> calendar;
    private final Map<Priority, Duration> firstResponse = new EnumMap<>(Priority.class);
    private final Map<Priority, Duration> resolution = new EnumMap<>(Priority.class);
    private final Map<Priority, Duration> internalFirstResponse = new EnumMap<>(Priority.class);
    private final Map<Priority, Duration> internalResolution = new EnumMap<>(Priority.class);

    public ServiceLevels(BusinessCalendar calendar) {
        this(() -> calendar);
    }

    /** With business hours that may change while the application runs (see {@link BusinessHours}). */
    public ServiceLevels(Supplier<BusinessCalendar> calendar) {
        this.calendar = calendar;
        target(Priority.URGENT, Duration.ofMinutes(30), Duration.ofHours(4));
        target(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(9));
        target(Priority.NORMAL, Duration.ofHours(4), Duration.ofHours(18));
        target(Priority.LOW, Duration.ofHours(9), Duration.ofHours(45));
        internalTarget(Priority.URGENT, Duration.ofHours(1), Duration.ofHours(8));
        internalTarget(Priority.HIGH, Duration.ofHours(2), Duration.ofHours(18));
        internalTarget(Priority.NORMAL, Duration.ofHours(8), Duration.ofHours(36));
        internalTarget(Priority.LOW, Duration.ofHours(18), Duration.ofHours(90));
    }

    private void target(Priority priority, Duration first, Duration resolved) {
        firstResponse.put(priority, first);
        resolution.put(priority, resolved);
    }

    private void internalTarget(Priority priority, Duration first, Duration resolved) {
        internalFirstResponse.put(priority, first);
        internalResolution.put(priority, resolved);
    }

    public Duration firstResponseTarget(Category category, Priority priority) {
        return (category.isInternal() ? internalFirstResponse : firstResponse).get(priority);
    }

    public Duration resolutionTarget(Category category, Priority priority) {
        return (category.isInternal() ? internalResolution : resolution).get(priority);
    }

    public Instant firstResponseDue(Category category, Priority priority, Instant from) {
        return calendar().plus(from, firstResponseTarget(category, priority));
    }

    public Instant resolutionDue(Category category, Priority priority, Instant from) {
        return calendar().plus(from, resolutionTarget(category, priority));
    }

    /** A due time moved by the business time that passed while the request waited for the customer. */
    public Instant shift(Instant due, Instant pausedAt, Instant resumedAt) {
        Duration waited = calendar().between(pausedAt, resumedAt);
        return waited.isZero() ? due : calendar().plus(due, waited);
    }

    public BusinessCalendar calendar() {
        return calendar.get();
    }
}
