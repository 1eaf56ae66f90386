package fr.guichet.requests.internal;

import fr.guichet.requests.RequestEvent;
import fr.guichet.requests.RequestEventKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of requests: every event is inserted in the transaction that changed the request, so the
 * history and the request never disagree; rows are never updated nor deleted.
 */
@Component
public class RequestHistory {

    private final JdbcClient jdbc;

    RequestHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of a request's history. */
    public record Entry(
            long id,
            RequestEventKind kind,
            Long actorId,
            String actorName,
            Long fromTeamId,
            Long toTeamId,
            String detail,
            Instant at) {}

    @EventListener
    void record(RequestEvent event) {
        jdbc.sql(
                        "INSERT INTO requests_event (request_id, kind, actor_id, actor_name, from_team_id, to_team_id, detail, at)"
                                + " VALUES (:request, :kind, :actor, :actorName, :from, :to, :detail, :at)")
                .param("request", event.requestId())
                .param("kind", event.kind().name())
                .param("actor", event.actorId())
                .param("actorName", event.actorName())
                .param("from", event.fromTeamId())
                .param("to", event.toTeamId())
                .param("detail", event.detail() == null ? null : truncate(event.detail(), 2000))
                .param("at", event.at().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Entry> of(long requestId) {
        return jdbc.sql(
                        "SELECT id, kind, actor_id, actor_name, from_team_id, to_team_id, detail, at FROM requests_event"
                                + " WHERE request_id = :request ORDER BY id")
                .param("request", requestId)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        RequestEventKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("actor_id", Long.class),
                        rs.getString("actor_name"),
                        (Long) rs.getObject("from_team_id", Long.class),
                        (Long) rs.getObject("to_team_id", Long.class),
                        rs.getString("detail"),
                        rs.getObject("at", java.time.OffsetDateTime.class).toInstant()))
                .list();
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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
