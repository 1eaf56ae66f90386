package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.internal.OwnedQueries;
import fr.guichet.requests.internal.QueueQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workload read from the queues for the home panels and the lists they open: an owner's requests narrowed to a
 * due-time window or to what came back to them, with their counts; a team's counts; every team's open backlog. The
 * lists and the figures share their conditions, so that each figure is the count of the list its link opens. "Today"
 * is the business calendar's day ({@link ServiceLevels#calendar()}).
 */
@Service
@Transactional(readOnly = true)
public class QueueManagement {

    private final QueueQueries queues;
    private final OwnedQueries owned;
    private final ServiceLevels serviceLevels;
    private final Clock clock;

    QueueManagement(QueueQueries queues, OwnedQueries owned, ServiceLevels serviceLevels, Clock clock) {
        this.queues = queues;
        this.owned = owned;
        this.serviceLevels = serviceLevels;
        this.clock = clock;
    }

    /** The owner's open requests wherever they are, narrowed to a due-time window and to what came back to them. */
    public List<OwnedRequest> ownedBy(
            AccountPrincipal owner,
            @Nullable DueWindow due,
            boolean cameBackOnly,
            @Nullable Instant afterDue,
            @Nullable Long afterId,
            int limit) {
        return owned.ownedBy(owner.getId(), due, cameBackOnly, afterDue, afterId, limit, clock.instant(), zone());
    }

    /** How many the owner's list shows, in all, in each window, come back to them. */
    public OwnerCounts ownerCounts(long ownerId) {
        return owned.counts(ownerId, clock.instant(), zone());
    }

    /** How many requests each option of a queue's filters would show (see {@link QueueCounts}). */
    public QueueCounts counts(QueueFilter filter) {
        return new QueueCounts(queues.counts(filter.teamId(), clock.instant(), zone()), filter);
    }

    /**
     * Every queue's open requests, counted (the front office's under a null key), each read as {@link QueueFilter#openOf}
     * reads it: the whole backlog, in one query.
     */
    public Map<Long, QueueCounts> openBacklog() {
        Map<Long, QueueCounts> backlog = new HashMap<>();
        queues.openCountsByTeam(clock.instant(), zone())
                .forEach((team, cells) -> backlog.put(team, new QueueCounts(cells, QueueFilter.openOf(team))));
        return backlog;
    }

    private ZoneId zone() {
        return serviceLevels.calendar().zone();
    }
}
