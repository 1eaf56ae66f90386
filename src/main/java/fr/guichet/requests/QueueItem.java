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
        return status != RequestStatus.WAITING_CUSTOMER
                && status.isOpen()
                && resolutionDue != null
                && now.isAfter(resolutionDue);
    }

    public boolean isDueSoon(Instant now) {
        return status != RequestStatus.WAITING_CUSTOMER
                && status.isOpen()
                && resolutionDue != null
                && !now.isAfter(resolutionDue)
                && now.plusSeconds(3600).isAfter(resolutionDue);
    }
}
