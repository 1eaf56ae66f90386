package fr.guichet.requests.internal;

import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.Drill;
import fr.guichet.requests.FigureFilter;
import fr.guichet.requests.Figures;
import fr.guichet.requests.RequestStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The requests behind each figure (the drill-down): the figure's own condition added to the report's WHERE clause,
 * so that the list counts exactly what the figure counted.
 */
@Component
public class DrillQueries {

    private final JdbcClient jdbc;

    DrillQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The requests behind a figure, newest first, keyset on the id.
     *
     * @param score for {@link Drill#SCORE}
     * @param fromTeam for {@link Drill#TRANSFER} (null: the front office), as {@code toTeam}; {@code toTeam} with
     *     {@link Drill#ALL} of internal requests: those the team holds (a row of the internal requests by team)
     */
    public Figures.LinePage lines(
            FigureFilter filter,
            Drill drill,
            @Nullable Integer score,
            @Nullable Long fromTeam,
            @Nullable Long toTeam,
            Instant now,
            @Nullable Long after,
            int limit) {
        FigureWhere where = FigureWhere.of(filter, drill.ofPeriod());
        Map<String, Object> params = new HashMap<>(where.params());
        String condition = switch (drill) {
            case ALL -> {
                // the internal requests of one team's row: those it holds (as the row counts them)
                if (filter.internal() && toTeam != null) {
                    params.put("heldBy", toTeam);
                    yield "r.team_id = :heldBy";
                }
                yield "TRUE";
            }
            case RESPONDED -> "r.first_responded_at IS NOT NULL";
            case RESPONSE_LATE -> "r.first_responded_at > r.first_response_due";
            case RESOLVED -> "r.resolved_at IS NOT NULL";
            case RESOLUTION_LATE -> "r.resolved_at > r.resolution_due";
            case FIRST_CONTACT -> "r.first_contact_resolution = TRUE";
            case HANDED_OFF -> "r.handoff_count > 0";
            case BOUNCED -> "r.handoff_count > 2";
            case REOPENED -> "r.reopen_count > 0";
            case RATED -> "r.rating IS NOT NULL";
            case SCORE -> {
                params.put("score", score == null ? 0 : score);
                yield "r.rating = :score";
            }
            case TRANSFER -> {
                String sql = "EXISTS (SELECT 1 FROM requests_event t WHERE t.request_id = r.id AND t.kind IN "
                        + FigureQueries.MOVES
                        + " AND " + teamIs("t.from_team_id", "fromTeam", fromTeam, params)
                        + " AND " + teamIs("t.to_team_id", "toTeam", toTeam, params) + ")";
                yield sql;
            }
            case BACKLOG -> "r.is_open = TRUE";
            case OVERDUE -> {
                params.put("now", FigureWhere.utc(now));
                yield "r.is_open = TRUE AND r.status <> 'WAITING_CUSTOMER' AND r.resolution_due < :now";
            }
        };
        String from = " FROM requests_request r" + where.sql() + " AND " + condition;
        long total = jdbc.sql("SELECT COUNT(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        if (after != null) {
            params.put("after", after);
        }
        params.put("limit", limit + 1);
        List<Figures.Line> lines = jdbc.sql("SELECT r.id, r.reference, r.subject, r.status, r.channel, r.category,"
                        + " r.created_at, r.handoff_count, r.first_response_seconds, r.resolution_seconds, r.rating"
                        + from + (after == null ? "" : " AND r.id < :after") + " ORDER BY r.id DESC LIMIT :limit")
                .params(params)
                .query(DrillQueries::line)
                .list();
        Long next = lines.size() > limit ? lines.get(limit - 1).id() : null;
        return new Figures.LinePage(total, lines.subList(0, Math.min(limit, lines.size())), next);
    }

    private static String teamIs(String column, String name, @Nullable Long team, Map<String, Object> params) {
        if (team == null) {
            return column + " IS NULL";
        }
        params.put(name, team);
        return column + " = :" + name;
    }

    private static Figures.Line line(ResultSet rs, int row) throws SQLException {
        int rating = rs.getInt("rating");
        Integer score = rs.wasNull() ? null : rating;
        return new Figures.Line(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("subject"),
                RequestStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                Category.valueOf(rs.getString("category")),
                instant(rs, "created_at"),
                rs.getInt("handoff_count"),
                nullable(rs, "first_response_seconds"),
                nullable(rs, "resolution_seconds"),
                score);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
