package fr.guichet.requests.internal;

import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.RequestEvent;
import fr.guichet.requests.RequestEventKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of requests: every event is inserted in the transaction that changed the request, so the
 * history and the request never disagree; rows are never updated nor deleted. The request's store writes the lines
 * (see {@code RequestStore}) before publishing the events to the other modules. The lines that concern teams are also
 * copied, with the request's creation instant, into {@code requests_team_event}, which the figures read (ADR 0025).
 */
@Component
public class RequestHistory {

    /** The lines that move a request between teams (the from→to matrix of the figures). */
    public static final Set<RequestEventKind> MOVES =
            EnumSet.of(RequestEventKind.HANDED_OFF, RequestEventKind.TRANSFERRED, RequestEventKind.RETURNED_TO_OWNER);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    RequestHistory(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Inserts one line per event, in one round trip. Called by whoever saves the request, in the same transaction,
     * before the events are published.
     */
    public void record(List<RequestEvent> events, Instant requestCreatedAt) {
        if (events.isEmpty()) {
            return;
        }
        batches.batchUpdate(insertFor("?"), events, events.size(), (statement, event) -> {
            statement.setLong(1, event.requestId());
            set(statement, 2, valuesOf(event));
        });
        List<RequestEvent> teamLines =
                events.stream().filter(RequestHistory::isTeamLine).toList();
        if (!teamLines.isEmpty()) {
            batches.batchUpdate(teamLineFor("?"), teamLines, teamLines.size(), (statement, event) -> {
                statement.setLong(1, event.requestId());
                set(statement, 2, teamLineValuesOf(event, requestCreatedAt));
            });
        }
    }

    private static void set(PreparedStatement statement, int first, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            StatementCreatorUtils.setParameterValue(statement, first + i, SqlTypeValue.TYPE_UNKNOWN, values[i]);
        }
    }

    /**
     * Whether the line is also kept in {@code requests_team_event} (V40, ADR 0025): it sends the request to a team or
     * moves it between teams — what "the team's requests" and the from→to matrix of the figures read, by the request's
     * creation instant.
     */
    public static boolean isTeamLine(RequestEvent event) {
        return event.toTeamId() != null || MOVES.contains(event.kind());
    }

    /** The insert of one team line (see {@link #isTeamLine}), the request given by {@code requestId}. */
    public static String teamLineFor(String requestId) {
        return "INSERT INTO requests_team_event (request_id, created_at, kind, from_team_id, to_team_id)" + " VALUES ("
                + requestId + ", ?, ?, ?, ?)";
    }

    /** The values of {@link #teamLineFor(String)}'s parameters after the request. */
    public static Object[] teamLineValuesOf(RequestEvent event, Instant requestCreatedAt) {
        return new Object[] {
            requestCreatedAt.atOffset(ZoneOffset.UTC), event.kind().name(), event.fromTeamId(), event.toTeamId()
        };
    }

    /** The insert of one history line, the request given by {@code requestId} (an SQL expression). */
    public static String insertFor(String requestId) {
        return "INSERT INTO requests_event (request_id, kind, actor_id, actor_name, from_team_id, to_team_id, detail, at)"
                + " VALUES (" + requestId + ", ?, ?, ?, ?, ?, ?, ?)";
    }

    /** The values of {@link #insertFor(String)}'s parameters after the request. */
    public static Object[] valuesOf(RequestEvent event) {
        return new Object[] {
            event.kind().name(),
            event.actorId(),
            event.actorName(),
            event.fromTeamId(),
            event.toTeamId(),
            event.detail() == null ? null : truncate(event.detail(), 2000),
            event.at().atOffset(ZoneOffset.UTC)
        };
    }

    public List<HistoryEntry> of(long requestId) {
        return jdbc.sql(
                        "SELECT id, kind, actor_id, actor_name, from_team_id, to_team_id, detail, at FROM requests_event"
                                + " WHERE request_id = :request ORDER BY id")
                .param("request", requestId)
                .query((rs, n) -> new HistoryEntry(
                        RequestEventKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("actor_id", Long.class),
                        rs.getString("actor_name"),
                        (Long) rs.getObject("from_team_id", Long.class),
                        (Long) rs.getObject("to_team_id", Long.class),
                        rs.getString("detail"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** How many lines the request's history has: a position in it, since lines are only ever added. */
    public int count(long requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM requests_event WHERE request_id = :request")
                .param("request", requestId)
                .query(Integer.class)
                .single();
    }

    /** Whether the request was ever sent to the team (routed, handed off, transferred). */
    public boolean passedThrough(long requestId, long teamId) {
        return jdbc.sql("SELECT COUNT(*) FROM requests_event WHERE request_id = :request AND to_team_id = :team")
                        .param("request", requestId)
                        .param("team", teamId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Of these requests, those that have been with the team at some point (one query for a list). */
    public Set<Long> passedThrough(Collection<Long> requestIds, long teamId) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT request_id FROM requests_event"
                        + " WHERE request_id IN (:requests) AND to_team_id = :team")
                .param("requests", requestIds)
                .param("team", teamId)
                .query(Long.class)
                .list());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
