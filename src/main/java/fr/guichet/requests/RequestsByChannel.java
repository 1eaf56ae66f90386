package fr.guichet.requests;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The requests recorded through one channel over a period, oldest first: what another module needs to link its own
 * records to them (the counter's visits to the requests recorded at the counter).
 */
@Component
public class RequestsByChannel {

    /** A request as it was recorded: by whom ({@code ownerId}, its interlocutor), for whom, when. */
    public record Recorded(
            String reference,
            @Nullable Long organisationId,
            @Nullable Long ownerId,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    RequestsByChannel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests of {@code channel} created in {@code [from, to)}, oldest first. */
    public List<Recorded> recorded(Channel channel, Instant from, Instant to) {
        return jdbc.sql("SELECT reference, organisation_id, owner_id, created_at FROM requests_request"
                        + " WHERE channel = :channel AND created_at >= :from AND created_at < :to"
                        + " ORDER BY created_at, id")
                .param("channel", channel.name())
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Recorded(
                        rs.getString("reference"),
                        rs.getObject("organisation_id", Long.class),
                        rs.getObject("owner_id", Long.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
