package fr.guichet.requests;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The first save of a request, in one statement that also numbers it: the reference ({@code DEM-2026-000123}, the
 * year of submission in Paris and the next value of a database sequence) is computed by the insert itself and read
 * back with the id. A sequence never hands the same value twice, whatever the number of clients or application
 * instances, and takes no lock; a rolled-back submission leaves a gap, which a request reference may have.
 *
 * <p>Written by hand rather than left to Spring Data JDBC because submitting is the hottest write of the
 * application (see docs/benchmarks.md); every later change of the request goes through the repository.
 * {@code NewRequestInsertIT} checks that every mapped column is written and that the request reads back equal.
 */
@Component
class NewRequestInsert {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The columns written besides the reference, in the order of {@link #values(Request)}. */
    static final String[] COLUMNS = {
        "subject",
        "category",
        "channel",
        "priority",
        "status",
        "is_open",
        "organisation_id",
        "requester_user_id",
        "requester_name",
        "requester_email",
        "owner_id",
        "team_id",
        "assignee_id",
        "handoff_count",
        "first_contact_resolution",
        "first_response_due",
        "resolution_due",
        "first_responded_at",
        "paused_at",
        "resolved_at",
        "closed_at",
        "escalated_at",
        "rating",
        "rating_comment",
        "created_at",
        "updated_at",
        "version"
    };

    private static final String SQL = "INSERT INTO requests_request (reference, " + String.join(", ", COLUMNS)
            + ") VALUES ((SELECT ? || CASE WHEN s.n < 1000000 THEN LPAD(CAST(s.n AS VARCHAR), 6, '0')"
            + " ELSE CAST(s.n AS VARCHAR) END FROM (SELECT nextval('requests_reference_seq') AS n) s), "
            + String.join(", ", Collections.nCopies(COLUMNS.length, "?"))
            + ")";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    NewRequestInsert(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Inserts the new request, gives it its id and reference, then publishes what happened to it. */
    Request insert(Request fresh) {
        if (fresh.getId() != null) {
            throw new IllegalArgumentException("Request already saved: " + fresh.getId());
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(SQL).params(values(fresh)).update(keys, "id", "reference");
        Map<String, Object> row = keys.getKeys();
        fresh.inserted(((Number) row.get("id")).longValue(), (String) row.get("reference"), 1);
        fresh.events().forEach(events::publishEvent);
        fresh.clearEvents();
        return fresh;
    }

    /** The reference's prefix, then the value of each of {@link #COLUMNS}. */
    private static Object[] values(Request r) {
        return new Object[] {
            "DEM-" + r.getCreatedAt().atZone(PARIS).getYear() + "-",
            r.getSubject(),
            r.getCategory().name(),
            r.getChannel().name(),
            r.getPriority().name(),
            r.getStatus().name(),
            r.getStatus().isOpen(),
            r.getOrganisationId(),
            r.getRequesterUserId(),
            r.getRequesterName(),
            r.getRequesterEmail(),
            r.getOwnerId(),
            r.getTeamId(),
            r.getAssigneeId(),
            r.getHandoffCount(),
            r.isFirstContactResolution(),
            timestamp(r.getFirstResponseDue()),
            timestamp(r.getResolutionDue()),
            timestamp(r.getFirstRespondedAt()),
            timestamp(r.getPausedAt()),
            timestamp(r.getResolvedAt()),
            timestamp(r.getClosedAt()),
            timestamp(r.getEscalatedAt()),
            r.getRating(),
            r.getRatingComment(),
            timestamp(r.getCreatedAt()),
            timestamp(r.getUpdatedAt()),
            1
        };
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
