package fr.guichet.requests.internal;

import fr.guichet.requests.DueWindow;
import fr.guichet.requests.OwnedRequest;
import fr.guichet.requests.OwnerAttention;
import fr.guichet.requests.OwnerCounts;
import fr.guichet.requests.QueueItem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An owner's open requests wherever they are (the desk's "mine"), and their counts: the list and the agent's home
 * panel read the same conditions ({@link QueueWindows}; came back: a row in {@code requests_owner_attention} for the
 * request and its owner), so that each figure is the count of the list it opens.
 */
@Component
public class OwnedQueries {

    private static final String OWNED = " FROM requests_request r LEFT JOIN requests_owner_attention a"
            + " ON a.request_id = r.id AND a.owner_id = r.owner_id"
            + " WHERE r.owner_id = :owner AND r.is_open = TRUE";

    private static final String CAME_BACK = "a.reason IS NOT NULL";

    private final JdbcClient jdbc;

    OwnedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What an owner has open, wherever it is, by due time, one page after the keyset, narrowed to a due-time window
     * and to what came back to them when asked; with since when it is where it is (the latest move of its history)
     * and why it came back to them, if it did and they have not opened it since.
     */
    public List<OwnedRequest> ownedBy(
            long ownerId,
            @Nullable DueWindow due,
            boolean cameBackOnly,
            @Nullable Instant afterDue,
            @Nullable Long afterId,
            int limit,
            Instant now,
            ZoneId zone) {
        String sql = "SELECT r.id, r.reference, r.subject, r.category, r.priority, r.status, r.channel,"
                + " r.organisation_id, r.requester_name, r.owner_id, r.team_id, r.assignee_id, r.handoff_count,"
                + " r.resolution_due, r.created_at"
                + ", a.reason AS came_back,"
                + " (SELECT MAX(e.at) FROM requests_event e WHERE e.request_id = r.id"
                + " AND e.kind IN ('SUBMITTED', 'HANDED_OFF', 'TRANSFERRED', 'RETURNED_TO_OWNER')) AS arrived_at"
                + OWNED
                + (due != null ? " AND " + QueueWindows.due(due) : "")
                + (cameBackOnly ? " AND " + CAME_BACK : "")
                + (afterDue != null && afterId != null ? " AND (r.resolution_due, r.id) > (:afterDue, :afterId)" : "")
                + " ORDER BY r.resolution_due, r.id LIMIT :limit";
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("owner", ownerId).param("limit", limit);
        if (due != null) {
            statement = statement.params(QueueWindows.params(now, zone));
        }
        if (afterDue != null && afterId != null) {
            statement = statement
                    .param("afterDue", afterDue.atOffset(ZoneOffset.UTC))
                    .param("afterId", afterId);
        }
        return statement
                .query((rs, n) -> {
                    QueueItem item = QueueQueries.item(rs, n);
                    String reason = rs.getString("came_back");
                    Instant arrived = QueueQueries.instant(rs, "arrived_at");
                    return new OwnedRequest(
                            item,
                            arrived == null ? item.createdAt() : arrived,
                            reason == null ? null : OwnerAttention.Reason.valueOf(reason));
                })
                .list();
    }

    /** How many requests the owner's list shows: all, in each due-time window, come back to them; one query. */
    public OwnerCounts counts(long ownerId, Instant now, ZoneId zone) {
        return jdbc.sql("SELECT COUNT(*) AS open_count,"
                        + " COALESCE(SUM(" + QueueWindows.flag(QueueWindows.due(DueWindow.TODAY)) + "), 0) AS today,"
                        + " COALESCE(SUM(" + QueueWindows.flag(QueueWindows.due(DueWindow.AT_RISK)) + "), 0) AS risk,"
                        + " COALESCE(SUM(" + QueueWindows.flag(QueueWindows.due(DueWindow.BREACHED_TODAY))
                        + "), 0) AS breached,"
                        + " COALESCE(SUM(" + QueueWindows.flag(CAME_BACK) + "), 0) AS came_back"
                        + OWNED)
                .param("owner", ownerId)
                .params(QueueWindows.params(now, zone))
                .query((rs, n) -> new OwnerCounts(
                        rs.getLong("open_count"),
                        rs.getLong("today"),
                        rs.getLong("risk"),
                        rs.getLong("breached"),
                        rs.getLong("came_back")))
                .single();
    }
}
