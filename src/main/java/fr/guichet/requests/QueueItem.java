package fr.guichet.requests;

import java.time.Instant;

/** A line of a work queue. */
public record QueueItem(
        long id,
        String reference,
        String subject,
        Category category,
        Priority priority,
        RequestStatus status,
        Channel channel,
        Long organisationId,
        String requesterName,
        Long ownerId,
        Long teamId,
        Long assigneeId,
        int handoffCount,
        Instant resolutionDue,
        Instant createdAt) {

    public boolean isOverdue(Instant now) {
        return status.isOverdue(resolutionDue, now);
    }

    /** On time, due soon, overdue, paused or done: what the queue's service-level badge says. */
    public ServiceLevelState serviceLevel(Instant now) {
        return ServiceLevelState.of(status, resolutionDue, now);
    }

    public boolean isDueSoon(Instant now) {
        return status.isDueSoon(resolutionDue, now);
    }
}
