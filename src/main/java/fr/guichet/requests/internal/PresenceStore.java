package fr.guichet.requests.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who has a request's page open: one row per request and person, refreshed as their page reports. */
@Component
public class PresenceStore {

    /** One person on a request's page. */
    public record Row(long userId, String userName, boolean replying, Instant seenAt) {}

    private final JdbcClient jdbc;

    PresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the person is on the page now (and whether they are writing). */
    public void seen(long requestId, long userId, String userName, boolean replying, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE requests_presence SET user_name = :name, replying = :replying, seen_at = :at"
                        + " WHERE request_id = :request AND user_id = :user")
                .param("name", userName)
                .param("replying", replying)
                .param("at", at)
                .param("request", requestId)
                .param("user", userId)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO requests_presence (request_id, user_id, user_name, replying, seen_at)"
                                + " VALUES (:request, :user, :name, :replying, :at)")
                        .param("request", requestId)
                        .param("user", userId)
                        .param("name", userName)
                        .param("replying", replying)
                        .param("at", at)
                        .update();
            } catch (DuplicateKeyException sameMomentElsewhere) {
                // the same person's other tab (or instance) inserted it a moment ago: they are present either way
            }
        }
    }

    /** The others seen on the request's page since {@code since}, by name. */
    public List<Row> others(long requestId, long userId, Instant since) {
        return jdbc.sql("SELECT user_id, user_name, replying, seen_at FROM requests_presence"
                        + " WHERE request_id = :request AND user_id <> :user AND seen_at >= :since ORDER BY user_name")
                .param("request", requestId)
                .param("user", userId)
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Row(
                        rs.getLong("user_id"),
                        rs.getString("user_name"),
                        rs.getBoolean("replying"),
                        rs.getObject("seen_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Forgets who left long ago. */
    public void forgetBefore(Instant before) {
        jdbc.sql("DELETE FROM requests_presence WHERE seen_at < :before")
                .param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }
}
