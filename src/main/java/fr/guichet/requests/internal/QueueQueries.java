package fr.guichet.requests.internal;

import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.FrontOfficeCounts;
import fr.guichet.requests.Priority;
import fr.guichet.requests.QueueCounts;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.RequestStatus;
import fr.guichet.requests.RequesterCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work queues read straight from the table: keyset pagination on (resolution_due, id), which the queue index serves
 * in order, so a deep page costs what the first one does.
 */
@Component
public class QueueQueries {

    static final String COLUMNS = "id, reference, subject, category, priority, status, channel, organisation_id,"
            + " requester_name, owner_id, team_id, assignee_id, handoff_count, resolution_due, created_at";

    private final JdbcClient jdbc;

    QueueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueueItem> queue(QueueFilter filter, Instant now, ZoneId zone) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM requests_request WHERE ");
        sql.append(filter.teamId() == null ? "team_id IS NULL" : "team_id = :team");
        if (filter.status() == null) {
            sql.append(" AND is_open = TRUE");
        } else {
            sql.append(filter.status().isOpen() ? " AND is_open = TRUE" : " AND is_open = FALSE")
                    .append(" AND status = :status");
        }
        if (filter.category() != null) {
            sql.append(" AND category = :category");
        }
        if (filter.priority() != null) {
            sql.append(" AND priority = :priority");
        }
        if (filter.organisationId() != null) {
            sql.append(" AND organisation_id = :organisation");
        }
        if (filter.unassignedOnly()) {
            sql.append(" AND assignee_id IS NULL");
        } else if (filter.assigneeId() != null) {
            sql.append(" AND assignee_id = :assignee");
        }
        if (filter.ownerId() != null) {
            sql.append(" AND owner_id = :owner");
        } else if (filter.unownedOnly()) {
            sql.append(" AND owner_id IS NULL");
        }
        if (filter.overdueOnly()) {
            sql.append(" AND resolution_due < :now AND status <> 'WAITING_CUSTOMER'");
        }
        if (filter.due() != null) {
            sql.append(" AND ").append(QueueWindows.due(filter.due()));
        }
        if (filter.age() != null) {
            sql.append(" AND ").append(QueueWindows.age(filter.age()));
        }
        if (filter.afterId() != null) {
            sql.append(" AND (resolution_due, id) > (:afterDue, :afterId)");
        }
        sql.append(" ORDER BY resolution_due, id LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", filter.pageSize());
        if (filter.due() != null || filter.age() != null) {
            statement = statement.params(QueueWindows.params(now, zone));
        }
        if (filter.teamId() != null) {
            statement = statement.param("team", filter.teamId());
        }
        if (filter.status() != null) {
            statement = statement.param("status", filter.status().name());
        }
        if (filter.category() != null) {
            statement = statement.param("category", filter.category().name());
        }
        if (filter.priority() != null) {
            statement = statement.param("priority", filter.priority().name());
        }
        if (filter.organisationId() != null) {
            statement = statement.param("organisation", filter.organisationId());
        }
        if (!filter.unassignedOnly() && filter.assigneeId() != null) {
            statement = statement.param("assignee", filter.assigneeId());
        }
        if (filter.ownerId() != null) {
            statement = statement.param("owner", filter.ownerId());
        }
        if (filter.overdueOnly()) {
            statement = statement.param("now", now.atOffset(ZoneOffset.UTC));
        }
        if (filter.afterId() != null) {
            statement = statement
                    .param("afterDue", filter.afterDue().atOffset(ZoneOffset.UTC))
                    .param("afterId", filter.afterId());
        }
        return statement.query(QueueQueries::item).list();
    }

    /**
     * The team's requests (the front office's when the team is null) counted by status, category, priority, assignee,
     * lateness, due-time window and age bucket, in one grouped query: the counts every filter of the queue shows
     * ({@link QueueCounts}) and the home panels' figures.
     */
    public List<QueueCounts.Cell> counts(Long teamId, Instant now, ZoneId zone) {
        String sql = "SELECT " + GROUPS + ", COUNT(*) AS n FROM (SELECT " + FLAGS + " FROM requests_request WHERE "
                + (teamId == null ? "team_id IS NULL" : "team_id = :team")
                + ") AS queue GROUP BY " + GROUPS;
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("now", now.atOffset(ZoneOffset.UTC)).params(QueueWindows.params(now, zone));
        if (teamId != null) {
            statement = statement.param("team", teamId);
        }
        return statement.query(QueueQueries::cell).list();
    }

    /**
     * Every queue's open requests (the front office's under a null key), counted as {@link #counts} does: the whole
     * backlog an administrator reads, one query for every team.
     */
    public Map<Long, List<QueueCounts.Cell>> openCountsByTeam(Instant now, ZoneId zone) {
        String sql = "SELECT team_id, " + GROUPS + ", COUNT(*) AS n FROM (SELECT team_id, " + FLAGS
                + " FROM requests_request WHERE is_open = TRUE) AS queue GROUP BY team_id, " + GROUPS;
        Map<Long, List<QueueCounts.Cell>> byTeam = new HashMap<>();
        jdbc.sql(sql)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .params(QueueWindows.params(now, zone))
                .query((rs, row) -> byTeam.computeIfAbsent(
                                rs.getObject("team_id", Long.class), team -> new ArrayList<>())
                        .add(cell(rs, row)))
                .list();
        return byTeam;
    }

    // The lateness, windows and bucket are computed once in a subquery: grouping by an expression with a parameter
    // would bind the parameter twice, which PostgreSQL does not take for the same expression.
    private static final String GROUPS =
            "status, category, priority, assignee_id, late, due_today, at_risk, breached_today, age_bucket";

    private static final String FLAGS = "status, category, priority, assignee_id,"
            + " CASE WHEN resolution_due < :now AND status <> 'WAITING_CUSTOMER' THEN 1 ELSE 0 END AS late, "
            + QueueWindows.flag(QueueWindows.due(DueWindow.TODAY)) + " AS due_today, "
            + QueueWindows.flag(QueueWindows.due(DueWindow.AT_RISK)) + " AS at_risk, "
            + QueueWindows.flag(QueueWindows.due(DueWindow.BREACHED_TODAY)) + " AS breached_today, "
            + QueueWindows.ageOrdinal() + " AS age_bucket";

    private static QueueCounts.Cell cell(ResultSet rs, int row) throws SQLException {
        Set<DueWindow> windows = EnumSet.noneOf(DueWindow.class);
        if (rs.getInt("due_today") == 1) {
            windows.add(DueWindow.TODAY);
        }
        if (rs.getInt("at_risk") == 1) {
            windows.add(DueWindow.AT_RISK);
        }
        if (rs.getInt("breached_today") == 1) {
            windows.add(DueWindow.BREACHED_TODAY);
        }
        int age = rs.getInt("age_bucket");
        return new QueueCounts.Cell(
                RequestStatus.valueOf(rs.getString("status")),
                Category.valueOf(rs.getString("category")),
                Priority.valueOf(rs.getString("priority")),
                rs.getObject("assignee_id", Long.class),
                rs.getInt("late") == 1,
                rs.getLong("n"),
                windows,
                age < 0 ? null : AgeBucket.values()[age]);
    }

    /**
     * The desk's three tabs in one query: the open requests at the front office, those {@code ownerId} owns wherever
     * they are, those at the front office without an owner.
     */
    public FrontOfficeCounts frontOfficeCounts(long ownerId) {
        // "mine" is everything the owner owns wherever it is, as the list shows it; the others are the front office's.
        return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN team_id IS NULL THEN 1 ELSE 0 END), 0) AS front,"
                        + " COALESCE(SUM(CASE WHEN owner_id = :owner THEN 1 ELSE 0 END), 0) AS mine,"
                        + " COALESCE(SUM(CASE WHEN team_id IS NULL AND owner_id IS NULL THEN 1 ELSE 0 END), 0)"
                        + " AS unowned"
                        + " FROM requests_request WHERE is_open = TRUE AND (team_id IS NULL OR owner_id = :owner)")
                .param("owner", ownerId)
                .query((rs, row) ->
                        new FrontOfficeCounts(rs.getLong("front"), rs.getLong("mine"), rs.getLong("unowned")))
                .single();
    }

    /** What a person filed themselves: how many are still open, how many in all. */
    public RequesterCounts requesterCounts(long userId) {
        return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN is_open = TRUE THEN 1 ELSE 0 END), 0) AS open_count,"
                        + " COUNT(*) AS total FROM requests_request WHERE requester_user_id = :user")
                .param("user", userId)
                .query((rs, row) -> new RequesterCounts(rs.getLong("open_count"), rs.getLong("total")))
                .single();
    }

    /** An organisation's requests, newest first (the customer's list, the desk's customer screen). */
    public List<QueueItem> ofOrganisation(long organisationId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM requests_request WHERE organisation_id = :organisation"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("organisation", organisationId)
                .param("limit", limit)
                .query(QueueQueries::item)
                .list();
    }

    /** What a person filed themselves (internal requests, or a customer without an organisation). */
    public List<QueueItem> ofRequester(long userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM requests_request WHERE requester_user_id = :user"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("user", userId)
                .param("limit", limit)
                .query(QueueQueries::item)
                .list();
    }

    /** How many open requests each of these people owns (absent from the map: none). */
    public Map<Long, Long> openOwnedCounts(Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT owner_id, COUNT(*) AS open_count FROM requests_request WHERE owner_id IN (:people)"
                        + " AND is_open = TRUE GROUP BY owner_id")
                .param("people", people)
                .query((rs, n) -> counts.put(rs.getLong("owner_id"), rs.getLong("open_count")))
                .list();
        return counts;
    }

    /** How many open requests each of these people is assigned (absent from the map: none). */
    public Map<Long, Long> openAssignedCounts(Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT assignee_id, COUNT(*) AS open_count FROM requests_request WHERE assignee_id IN (:people)"
                        + " AND is_open = TRUE GROUP BY assignee_id")
                .param("people", people)
                .query((rs, n) -> counts.put(rs.getLong("assignee_id"), rs.getLong("open_count")))
                .list();
        return counts;
    }

    /** Open requests past their resolution time that nobody has escalated yet. */
    public List<Long> overdueNotEscalated(Instant now, int limit) {
        return jdbc.sql(
                        "SELECT id FROM requests_request WHERE resolution_due < :now AND escalated_at IS NULL"
                                + " AND is_open = TRUE AND status IN ('NEW', 'IN_PROGRESS') ORDER BY resolution_due, id LIMIT :limit")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    static QueueItem item(ResultSet rs, int row) throws SQLException {
        return new QueueItem(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("subject"),
                Category.valueOf(rs.getString("category")),
                Priority.valueOf(rs.getString("priority")),
                RequestStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("organisation_id", Long.class),
                rs.getString("requester_name"),
                rs.getObject("owner_id", Long.class),
                rs.getObject("team_id", Long.class),
                rs.getObject("assignee_id", Long.class),
                rs.getInt("handoff_count"),
                instant(rs, "resolution_due"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
