package fr.guichet.requests;

import java.time.Instant;

/**
 * What a work queue shows: one team's requests (or the front office's when {@code teamId} is null), narrowed by the
 * filters that are set, sorted by due time, one page after the keyset ({@code afterDue}, {@code afterId}). A keyset
 * comes whole: with only one of its two halves, the filter starts from the first page. {@code unownedOnly}: only the
 * requests that have no front-office interlocutor yet.
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
        boolean unownedOnly,
        boolean overdueOnly,
        Instant afterDue,
        Long afterId,
        int pageSize) {

    public QueueFilter {
        if (afterDue == null || afterId == null) {
            afterDue = null;
            afterId = null;
        }
    }

    public QueueFilter(
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
        this(
                teamId,
                status,
                category,
                priority,
                organisationId,
                assigneeId,
                unassignedOnly,
                ownerId,
                false,
                overdueOnly,
                afterDue,
                afterId,
                pageSize);
    }

    /** The front office's requests (owned by {@code ownerId}, or without an owner, or all), one page. */
    public static QueueFilter frontOffice(Long ownerId, boolean unownedOnly, Instant afterDue, Long afterId, int size) {
        return new QueueFilter(
                null, null, null, null, null, null, false, ownerId, unownedOnly, false, afterDue, afterId, size);
    }

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
                unownedOnly,
                overdueOnly,
                due,
                id,
                pageSize);
    }
}
