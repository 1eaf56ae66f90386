package fr.guichet.requests;

import java.time.Instant;

/**
 * What a work queue shows: one team's requests (or the front office's when {@code teamId} is null), narrowed by the
 * filters that are set, sorted by due time, one page after the keyset ({@code afterDue}, {@code afterId}).
 */
public record QueueFilter(
        Long teamId,
        RequestStatus status,
        Category category,
        Priority priority,
        Long organisationId,
        Long assigneeId,
        boolean unassignedOnly,
        Long ownerId,
        boolean overdueOnly,
        Instant afterDue,
        Long afterId,
        int pageSize) {

    public QueueFilter after(Instant due, long id) {
        return new QueueFilter(
                teamId,
                status,
                category,
                priority,
                organisationId,
                assigneeId,
                unassignedOnly,
                ownerId,
                overdueOnly,
                due,
                id,
                pageSize);
    }
}
