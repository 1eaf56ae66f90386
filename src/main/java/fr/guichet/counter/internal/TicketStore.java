package fr.guichet.counter.internal;

import fr.guichet.counter.Ticket;
import fr.guichet.counter.TicketNumber;
import fr.guichet.counter.TicketSource;
import fr.guichet.counter.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The tickets' SQL. Every transition is one conditional update whose {@code WHERE} names the state the ticket must be
 * in: the database decides who won when two agents act at once, on one instance or two.
 */
@Component
public class TicketStore {

    static final String SELECT =
            "SELECT t.*, d.name AS desk_name FROM counter_ticket t" + " LEFT JOIN counter_desk d ON d.id = t.desk_id";

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the reason's day. The day's row is created if missing (a concurrent creator makes this one a
     * no-op), then incremented: the update locks the row until the ticket's transaction ends, so every taker gets a
     * number of its own.
     */
    public int nextNumber(long reasonId, LocalDate day) {
        jdbc.sql("INSERT INTO counter_day_number (reason_id, ticket_day, last_number) VALUES (:reason, :day, 0)"
                        + " ON CONFLICT DO NOTHING")
                .param("reason", reasonId)
                .param("day", day)
                .update();
        jdbc.sql(
                        "UPDATE counter_day_number SET last_number = last_number + 1 WHERE reason_id = :reason AND ticket_day = :day")
                .param("reason", reasonId)
                .param("day", day)
                .update();
        return jdbc.sql("SELECT last_number FROM counter_day_number WHERE reason_id = :reason AND ticket_day = :day")
                .param("reason", reasonId)
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    public long insert(
            long reasonId,
            String letter,
            LocalDate day,
            int number,
            TicketSource source,
            @Nullable String visitorName,
            @Nullable String customerNumber,
            @Nullable Long organisationId,
            Instant takenAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO counter_ticket (reason_id, ticket_day, ticket_number, label, source, visitor_name,"
                        + " customer_number, organisation_id, status, taken_at)"
                        + " VALUES (:reason, :day, :number, :label, :source, :name, :customerNumber, :organisation,"
                        + " 'WAITING', :at)")
                .param("reason", reasonId)
                .param("day", day)
                .param("number", number)
                .param("label", TicketNumber.of(letter, number))
                .param("source", source.name())
                .param("name", visitorName)
                .param("customerNumber", customerNumber)
                .param("organisation", organisationId)
                .param("at", utc(takenAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Ticket> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query(TicketStore::ticket)
                .optional();
    }

    /**
     * Those in the room today (waiting or called), oldest first: a ticket of an earlier day left waiting is gone with
     * its day (the room closed; its number is the day's and may be today's again).
     */
    public List<Ticket> inRoom(LocalDate today) {
        return jdbc.sql(SELECT + " WHERE t.ticket_day = :today AND t.status IN ('WAITING', 'CALLED')"
                        + " ORDER BY t.taken_at, t.id")
                .param("today", today)
                .query(TicketStore::ticket)
                .list();
    }

    /** The ids of those waiting (of one reason, or any), oldest first: the candidates of a "call next". */
    public List<Long> waitingIds(@Nullable Long reasonId, LocalDate today, int limit) {
        return jdbc.sql("SELECT id FROM counter_ticket WHERE status = 'WAITING' AND ticket_day = :today"
                        + " AND (CAST(:reason AS BIGINT) IS NULL OR reason_id = :reason)"
                        + " ORDER BY taken_at, id LIMIT :limit")
                .param("reason", reasonId)
                .param("today", today)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** The latest calls, newest first (for the display). */
    public List<Ticket> lastCalls(Instant since, int limit) {
        return jdbc.sql(SELECT + " WHERE t.called_at >= :since AND t.status IN ('CALLED', 'SERVING', 'DONE')"
                        + " ORDER BY t.called_at DESC, t.id DESC LIMIT :limit")
                .param("since", utc(since))
                .param("limit", limit)
                .query(TicketStore::ticket)
                .list();
    }

    /** Those being served or called by this agent, for their page. */
    public List<Ticket> withAgent(long agentId, LocalDate today) {
        return jdbc.sql(SELECT
                        + " WHERE t.agent_id = :agent AND t.ticket_day = :today AND t.status IN ('CALLED', 'SERVING')"
                        + " ORDER BY t.called_at")
                .param("today", today)
                .param("agent", agentId)
                .query(TicketStore::ticket)
                .list();
    }

    /** The counter of the agent's most recent call. */
    public Optional<Long> lastDeskOf(long agentId) {
        return jdbc.sql("SELECT desk_id FROM counter_ticket WHERE agent_id = :agent AND desk_id IS NOT NULL"
                        + " ORDER BY called_at DESC, id DESC LIMIT 1")
                .param("agent", agentId)
                .query(Long.class)
                .optional();
    }

    /** Calls a waiting ticket: true only for the one caller whose update found it still waiting. */
    public boolean call(long id, long deskId, long agentId, Instant at) {
        return jdbc.sql("UPDATE counter_ticket SET status = 'CALLED', desk_id = :desk, agent_id = :agent,"
                                + " called_at = :at, first_called_at = :at, call_count = 1"
                                + " WHERE id = :id AND status = 'WAITING'")
                        .param("desk", deskId)
                        .param("agent", agentId)
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Calls it again (the visitor did not come yet): only while it is called. */
    public boolean recall(long id, Instant at) {
        return jdbc.sql("UPDATE counter_ticket SET called_at = :at, call_count = call_count + 1"
                                + " WHERE id = :id AND status = 'CALLED'")
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Moves it from one state to another, and stamps the column given; false when it was no longer in {@code from}. */
    public boolean move(long id, TicketStatus from, TicketStatus to, String stampColumn, Instant at) {
        if (!List.of("serving_at", "done_at").contains(stampColumn)) {
            throw new IllegalArgumentException(stampColumn);
        }
        return jdbc.sql("UPDATE counter_ticket SET status = :to, " + stampColumn + " = :at"
                                + " WHERE id = :id AND status = :from")
                        .param("to", to.name())
                        .param("from", from.name())
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Ends a served visit with the request it was recorded as. */
    public boolean finish(long id, @Nullable String requestReference, @Nullable Long organisationId, Instant at) {
        return jdbc.sql("UPDATE counter_ticket SET status = 'DONE', done_at = :at, request_reference = :ref,"
                                + " organisation_id = COALESCE(:organisation, organisation_id)"
                                + " WHERE id = :id AND status = 'SERVING'")
                        .param("at", utc(at))
                        .param("ref", requestReference)
                        .param("organisation", organisationId)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Sets the organisation of the visitor, once reception knows it. */
    public void identify(long id, long organisationId) {
        jdbc.sql("UPDATE counter_ticket SET organisation_id = :organisation WHERE id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .update();
    }

    /** Service times (call to end) of the visits ended since {@code since}, for the expected wait. */
    public List<Long> recentServiceSeconds(Instant since, int limit) {
        return jdbc.sql("SELECT first_called_at, done_at FROM counter_ticket WHERE status = 'DONE'"
                        + " AND done_at >= :since AND first_called_at IS NOT NULL ORDER BY done_at DESC LIMIT :limit")
                .param("since", utc(since))
                .param("limit", limit)
                .query((rs, row) -> java.time.Duration.between(
                                rs.getObject("first_called_at", OffsetDateTime.class),
                                rs.getObject("done_at", OffsetDateTime.class))
                        .toSeconds())
                .list();
    }

    /** Counters that called someone since {@code since}. */
    public int desksAtWork(Instant since) {
        return jdbc.sql("SELECT COUNT(DISTINCT desk_id) FROM counter_ticket WHERE first_called_at >= :since")
                .param("since", utc(since))
                .query(Integer.class)
                .single();
    }

    /** Tickets taken at the kiosk since {@code since}: the kiosk's rate limit, counted across instances. */
    public int takenAtKioskSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM counter_ticket WHERE source = 'KIOSK' AND taken_at >= :since")
                .param("since", utc(since))
                .query(Integer.class)
                .single();
    }

    /** Waiting since before {@code before} and never alerted about: the alert job's candidates. */
    public List<Long> waitingSinceUnalerted(Instant before, LocalDate today, int limit) {
        return jdbc.sql("SELECT id FROM counter_ticket WHERE status = 'WAITING' AND alerted_at IS NULL"
                        + " AND ticket_day = :today AND taken_at < :before ORDER BY taken_at LIMIT :limit")
                .param("before", utc(before))
                .param("today", today)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Marks the alert sent: true for the one run that marked it (the alert is posted once). */
    public boolean markAlerted(long id, Instant at) {
        return jdbc.sql("UPDATE counter_ticket SET alerted_at = :at"
                                + " WHERE id = :id AND alerted_at IS NULL AND status = 'WAITING'")
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Ticket ticket(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                rs.getLong("id"),
                rs.getString("label"),
                rs.getLong("reason_id"),
                TicketStatus.valueOf(rs.getString("status")),
                TicketSource.valueOf(rs.getString("source")),
                rs.getString("visitor_name"),
                rs.getString("customer_number"),
                longOrNull(rs, "organisation_id"),
                instant(rs, "taken_at"),
                instant(rs, "called_at"),
                rs.getInt("call_count"),
                longOrNull(rs, "desk_id"),
                rs.getString("desk_name"),
                longOrNull(rs, "agent_id"),
                instant(rs, "serving_at"),
                instant(rs, "done_at"),
                rs.getString("request_reference"));
    }
}
