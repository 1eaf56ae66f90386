package fr.guichet.requests;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a work queue shows: one team's requests (or the front office's when {@code teamId} is null), narrowed by the
 * filters that are set, sorted by due time, one page after the keyset ({@code afterDue}, {@code afterId}). A keyset
 * comes whole: with only one of its two halves, the filter starts from the first page. {@code unownedOnly}: only the
 * requests that have no front-office interlocutor yet. {@code due}: only those in a window of due times (due today,
 * at risk, breached today); {@code age}: only those filed in an age bucket — the home panels' figures open these.
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
        int pageSize,
        @Nullable DueWindow due,
        @Nullable AgeBucket age) {

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
            boolean unownedOnly,
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
                unownedOnly,
                overdueOnly,
                afterDue,
                afterId,
                pageSize,
                null,
                null);
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

    /** A team's open requests (the front office's when {@code teamId} is null), no other filter: what panels count. */
    public static QueueFilter openOf(@Nullable Long teamId) {
        return new QueueFilter(teamId, null, null, null, null, null, false, null, false, null, null, 1);
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
                pageSize,
                this.due,
                age);
    }

    /** The same filter, narrowed to a window of due times (none: any). */
    public QueueFilter withDue(@Nullable DueWindow window) {
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
                afterDue,
                afterId,
                pageSize,
                window,
                age);
    }

    /** The same filter, narrowed to an age bucket (none: any). */
    public QueueFilter withAge(@Nullable AgeBucket bucket) {
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
                afterDue,
                afterId,
                pageSize,
                due,
                bucket);
    }

    /** The same filter, assigned to this person only. */
    public QueueFilter withAssignee(Long assignee) {
        return new QueueFilter(
                teamId,
                status,
                category,
                priority,
                organisationId,
                assignee,
                false,
                ownerId,
                unownedOnly,
                overdueOnly,
                afterDue,
                afterId,
                pageSize,
                due,
                age);
    }

    /** The same filter, late ones only (past due while the clock runs). */
    public QueueFilter overdue() {
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
                true,
                afterDue,
                afterId,
                pageSize,
                due,
                age);
    }

    /** The same filter, unassigned ones only. */
    public QueueFilter unassigned() {
        return new QueueFilter(
                teamId,
                status,
                category,
                priority,
                organisationId,
                null,
                true,
                ownerId,
                unownedOnly,
                overdueOnly,
                afterDue,
                afterId,
                pageSize,
                due,
                age);
    }
}
