package fr.guichet.requests.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The requests that came back to their owner and that the owner has not opened since (one row per request). */
@Component
public class OwnerAttentionStore {

    private final JdbcClient jdbc;

    OwnerAttentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The request calls its owner back (the latest reason replaces an earlier one not yet seen). */
    public void flag(long requestId, long ownerId, String reason, Instant at) {
        jdbc.sql("DELETE FROM requests_owner_attention WHERE request_id = :request")
                .param("request", requestId)
                .update();
        jdbc.sql("INSERT INTO requests_owner_attention (request_id, owner_id, reason, since)"
                        + " VALUES (:request, :owner, :reason, :at)")
                .param("request", requestId)
                .param("owner", ownerId)
                .param("reason", reason)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The owner opened the request: no longer highlighted. Whether it was. */
    public boolean clear(long requestId, long ownerId) {
        return jdbc.sql("DELETE FROM requests_owner_attention WHERE request_id = :request AND owner_id = :owner")
                        .param("request", requestId)
                        .param("owner", ownerId)
                        .update()
                > 0;
    }

    /** Why each of these requests calls its owner back, for those that do. */
    public Map<Long, String> reasons(Collection<Long> requestIds) {
        Map<Long, String> reasons = new HashMap<>();
        if (!requestIds.isEmpty()) {
            jdbc.sql("SELECT request_id, reason FROM requests_owner_attention WHERE request_id IN (:ids)")
                    .param("ids", requestIds)
                    .query((rs, n) -> reasons.put(rs.getLong("request_id"), rs.getString("reason")))
                    .list();
        }
        return reasons;
    }

    /** Why the request calls its owner back, if it does. */
    public Optional<String> reason(long requestId) {
        return jdbc.sql("SELECT reason FROM requests_owner_attention WHERE request_id = :request")
                .param("request", requestId)
                .query(String.class)
                .optional();
    }
}
