package fr.guichet.requests.internal;

import fr.guichet.requests.Message;
import fr.guichet.requests.Message.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The conversation of requests: messages are added, never edited. */
@Component
public class MessageStore {

    /** A message to add, for {@link #addAll}. */
    public record NewMessage(
            long requestId,
            Long authorId,
            String authorName,
            boolean fromCustomer,
            Visibility visibility,
            String body,
            Instant at) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    MessageStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Adds many messages in one batch, in the order given (a conversation is read in the order of its ids): the
     * demo company's year of conversations is written in a few round trips instead of one per message.
     */
    public void addAll(List<NewMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        batches.batchUpdate(insertFor("?"), messages, 500, (statement, m) -> {
            statement.setLong(1, m.requestId());
            Object[] values =
                    valuesOf(m.authorId(), m.authorName(), m.fromCustomer(), m.visibility(), m.body(), m.at());
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(statement, i + 2, SqlTypeValue.TYPE_UNKNOWN, values[i]);
            }
        });
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
