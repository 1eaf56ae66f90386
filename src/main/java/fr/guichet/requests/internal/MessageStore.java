package fr.guichet.requests.internal;

import fr.guichet.requests.Message;
import fr.guichet.requests.Message.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The conversation of requests: messages are added, never edited. */
@Component
public class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            long requestId,
            Long authorId,
            String authorName,
            boolean fromCustomer,
            Visibility visibility,
            String body,
            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(insertFor("?"))
                .param(requestId)
                .params(valuesOf(authorId, authorName, fromCustomer, visibility, body, at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The insert of one message, the request given by {@code requestId} (an SQL expression). */
    public static String insertFor(String requestId) {
        return "INSERT INTO requests_message (request_id, author_id, author_name, from_customer, visibility, body, created_at)"
                + " VALUES (" + requestId + ", ?, ?, ?, ?, ?, ?)";
    }

    /** The values of {@link #insertFor(String)}'s parameters after the request. */
    public static Object[] valuesOf(
            Long authorId, String authorName, boolean fromCustomer, Visibility visibility, String body, Instant at) {
        return new Object[] {authorId, authorName, fromCustomer, visibility.name(), body, at.atOffset(ZoneOffset.UTC)};
    }

    /** The conversation in order; {@code includeInternal} false for what the customer may see. */
    public List<Message> of(long requestId, boolean includeInternal) {
        return jdbc.sql("SELECT * FROM requests_message WHERE request_id = :request"
                        + (includeInternal ? "" : " AND visibility = 'PUBLIC'")
                        + " ORDER BY id")
                .param("request", requestId)
                .query((rs, n) -> new Message(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        (Long) rs.getObject("author_id", Long.class),
                        rs.getString("author_name"),
                        rs.getBoolean("from_customer"),
                        Visibility.valueOf(rs.getString("visibility")),
                        rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
