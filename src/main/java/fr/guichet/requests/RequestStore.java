package fr.guichet.requests;

import fr.guichet.requests.Message.Visibility;
import fr.guichet.requests.internal.MessageStore;
import fr.guichet.requests.internal.RequestHistory;
import fr.guichet.requests.internal.RequestRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * Where requests are saved, with their history: each save writes one history line per event of the request, then
 * publishes the events to the other modules. Nothing else saves a request (the repository is internal).
 *
 * <p>A new request is written by hand, in one round trip to the database: the request, numbered by the insert itself
 * ({@code DEM-2026-000123}: the year of submission in Paris and the next value of a database sequence), its history
 * lines and its first message, then read back for its id and reference. A sequence never hands the same value twice,
 * whatever the number of clients or application instances, and takes no lock; a rolled-back submission leaves a gap,
 * which a request reference may have. Submitting is the hottest write of the application (docs/benchmarks.md);
 * {@code RequestStoreIT} checks that every column Spring Data JDBC maps is written and reads back equal. Later
 * changes go through the repository.
 */
@Component
class RequestStore {

    /** The request's columns written besides the reference, in the order of {@link #values(Request)}. */
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
        "first_response_seconds",
        "resolution_seconds",
        "waited_seconds",
        "reopen_count",
        "version"
    };

    /** The reference of a sequence value {@code n}, after the {@code DEM-2026-} prefix given as a parameter. */
    private static String reference(String n) {
        return "? || CASE WHEN " + n + " < 1000000 THEN LPAD(CAST(" + n + " AS VARCHAR), 6, '0') ELSE CAST(" + n
                + " AS VARCHAR) END";
    }

    private static final String INSERT_REQUEST = "INSERT INTO requests_request (reference, "
            + String.join(", ", COLUMNS) + ") VALUES ((SELECT " + reference("s.n")
            + " FROM (SELECT nextval('requests_reference_seq') AS n) s), "
            + String.join(", ", Collections.nCopies(COLUMNS.length, "?")) + ")";

    /**
     * The reference of the request just inserted in this session (the sequence's current value is the session's
     * own), as a subquery: computed once, so that the unique index finds the request (a volatile {@code currval} in
     * the condition itself would be evaluated for every row).
     */
    private static final String JUST_INSERTED_REFERENCE =
            "(SELECT " + reference("currval('requests_reference_seq')") + ")";

    private static final String JUST_INSERTED =
            "(SELECT id FROM requests_request WHERE reference = " + JUST_INSERTED_REFERENCE + ")";

    private static final String READ_BACK =
            "SELECT id, reference FROM requests_request WHERE reference = " + JUST_INSERTED_REFERENCE;

    /** The first message of a new request: its description. */
    record FirstMessage(Long authorId, String authorName, boolean fromCustomer, String body) {}

    private final RequestRepository repository;
    private final RequestHistory history;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    RequestStore(
            RequestRepository repository, RequestHistory history, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.repository = repository;
        this.history = history;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Saves a change of a request already stored (optimistic locking on its version), and its history. */
    Request save(Request request) {
        if (request.getId() == null) {
            throw new IllegalArgumentException("A new request is inserted, not saved");
        }
        history.record(request.events(), request.getCreatedAt());
        return repository.save(request); // publishes the events, then forgets them
    }

    /**
     * A line of the request's history that does not change the request (a step of a document made from it): written,
     * then published to the other modules as the request's own events are.
     */
    void appendOnly(RequestEvent event, Instant requestCreatedAt) {
        history.record(List.of(event), requestCreatedAt);
        events.publishEvent(event);
    }

    /** Inserts a new request, its history and its first message; gives it its id and reference; publishes. */
    Request insert(Request fresh, FirstMessage message) {
        insertWithoutPublishing(fresh, message).forEach(events::publishEvent);
        return fresh;
    }

    /**
     * Inserts a new request exactly as {@link #insert} does (the request as its transitions left it, one history line
     * per event, its first message), but publishes nothing: the demo company's past ({@link RequestsDemoLife}) must
     * reach nobody — no mail, no alert, no outbox row. Returns the events the history recorded, with the request's
     * id, for the caller's own bookkeeping in the same transaction.
     */
    List<RequestEvent> insertWithoutPublishing(Request fresh, FirstMessage message) {
        if (fresh.getId() != null) {
            throw new IllegalArgumentException("Request already saved: " + fresh.getId());
        }
        String prefix = RequestReference.prefixFor(fresh.getCreatedAt().atZone(RequestReference.ZONE));
        List<String> statements = new ArrayList<>(List.of(INSERT_REQUEST));
        List<Object> parameters = new ArrayList<>();
        parameters.add(prefix);
        Collections.addAll(parameters, values(fresh));
        for (RequestEvent event : fresh.events()) {
            statements.add(RequestHistory.insertFor(JUST_INSERTED));
            parameters.add(prefix);
            Collections.addAll(parameters, RequestHistory.valuesOf(event));
            if (RequestHistory.isTeamLine(event)) {
                statements.add(RequestHistory.teamLineFor(JUST_INSERTED));
                parameters.add(prefix);
                Collections.addAll(parameters, RequestHistory.teamLineValuesOf(event, fresh.getCreatedAt()));
            }
        }
        statements.add(MessageStore.insertFor(JUST_INSERTED));
        parameters.add(prefix);
        Collections.addAll(
                parameters,
                MessageStore.valuesOf(
                        message.authorId(),
                        message.authorName(),
                        message.fromCustomer(),
                        Visibility.PUBLIC,
                        message.body(),
                        fresh.getCreatedAt()));
        statements.add(READ_BACK);
        parameters.add(prefix);

        Object[] inserted = jdbc.execute(String.join("; ", statements), (PreparedStatement statement) -> {
            for (int i = 0; i < parameters.size(); i++) {
                StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, parameters.get(i));
            }
            boolean resultSet = statement.execute();
            while (!resultSet && statement.getUpdateCount() != -1) {
                resultSet = statement.getMoreResults();
            }
            if (resultSet) { // PostgreSQL answers every statement of the round trip
                return idAndReference(statement.getResultSet());
            }
            // H2 (in process) answers only the first: read the request back on the same connection.
            try (PreparedStatement readBack = statement.getConnection().prepareStatement(READ_BACK)) {
                readBack.setString(1, prefix);
                return idAndReference(readBack.executeQuery());
            }
        });
        fresh.inserted(((Number) inserted[0]).longValue(), (String) inserted[1], 1);
        List<RequestEvent> recorded = fresh.events();
        fresh.clearEvents();
        return recorded;
    }

    private static Object[] idAndReference(ResultSet row) throws SQLException {
        try (row) {
            if (!row.next()) {
                throw new IllegalStateException("The request just inserted cannot be read back");
            }
            return new Object[] {row.getLong(1), row.getString(2)};
        }
    }

    /** The value of each of {@link #COLUMNS}. */
    private static Object[] values(Request r) {
        return new Object[] {
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
            r.getFirstResponseSeconds(),
            r.getResolutionSeconds(),
            r.getWaitedSeconds(),
            r.getReopenCount(),
            1
        };
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
