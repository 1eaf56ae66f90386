package fr.guichet.requests.internal;

import fr.guichet.requests.FigureFilter;
import fr.guichet.requests.Figures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures' SQL (ADR 0025): aggregates over the period's requests, found by the creation index, from the facts each
 * request keeps. The same on H2 and PostgreSQL (ordered-set percentiles, {@code AT TIME ZONE}).
 */
@Component
public class FigureQueries {

    static final String MOVES = "('HANDED_OFF', 'TRANSFERRED', 'RETURNED_TO_OWNER')";

    private final JdbcClient jdbc;
    private final SortMemory sortMemory;

    FigureQueries(JdbcClient jdbc, SortMemory sortMemory) {
        this.jdbc = jdbc;
        this.sortMemory = sortMemory;
    }

    public Figures.Summary summary(FigureFilter filter) {
        sortMemory.enoughForPercentiles();
        FigureWhere where = FigureWhere.of(filter, true);
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) AS volume,")
                .append(percentile("0.5", "first_response_seconds", "fr_median"))
                .append(percentile("0.9", "first_response_seconds", "fr_p90"))
                .append(percentile("0.5", "resolution_seconds", "res_median"))
                .append(percentile("0.9", "resolution_seconds", "res_p90"))
                .append(" COUNT(r.first_responded_at) AS responded,")
                .append(count("r.first_responded_at <= r.first_response_due", "responded_on_time"))
                .append(" COUNT(r.resolved_at) AS resolved,")
                .append(count("r.resolved_at <= r.resolution_due", "resolved_on_time"))
                .append(count("r.first_contact_resolution = TRUE", "first_contact"))
                .append(" COALESCE(SUM(r.handoff_count), 0) AS handoffs,")
                .append(count("r.handoff_count > 2", "bounced"))
                .append(count("r.reopen_count > 0", "reopened"));
        for (int score = 1; score <= 5; score++) {
            sql.append(count("r.rating = " + score, "score" + score));
        }
        sql.setLength(sql.length() - 1);
        sql.append(" FROM requests_request r").append(where.sql());
        return jdbc.sql(sql.toString())
                .params(where.params())
                .query((rs, n) -> {
                    List<Long> ratings = new ArrayList<>();
                    for (int score = 1; score <= 5; score++) {
                        ratings.add(rs.getLong("score" + score));
                    }
                    return new Figures.Summary(
                            rs.getLong("volume"),
                            nullable(rs, "fr_median"),
                            nullable(rs, "fr_p90"),
                            nullable(rs, "res_median"),
                            nullable(rs, "res_p90"),
                            rs.getLong("responded"),
                            rs.getLong("responded_on_time"),
                            rs.getLong("resolved"),
                            rs.getLong("resolved_on_time"),
                            rs.getLong("first_contact"),
                            rs.getLong("handoffs"),
                            rs.getLong("bounced"),
                            rs.getLong("reopened"),
                            List.copyOf(ratings));
                })
                .single();
    }

    /** The period's requests per day of creation, in the given time zone; days without any are left out. */
    public List<Figures.DayCount> perDay(FigureFilter filter, ZoneId zone) {
        FigureWhere where = FigureWhere.of(filter, true);
        // the zone is a ZoneId's own id (letters, digits, '/', '_', '+', '-'), written in the statement so that the
        // grouped expression is the selected one on PostgreSQL
        String day = "CAST(r.created_at AT TIME ZONE '" + zone.getId().replace("'", "") + "' AS DATE)";
        return jdbc.sql("SELECT d.created_day, COUNT(*) AS n FROM (SELECT " + day
                        + " AS created_day FROM requests_request r" + where.sql()
                        + ") d GROUP BY d.created_day ORDER BY d.created_day")
                .params(where.params())
                .query((rs, n) -> new Figures.DayCount(rs.getObject("created_day", LocalDate.class), rs.getLong("n")))
                .list();
    }

    public Figures.Backlog backlog(FigureFilter filter, Instant now) {
        FigureWhere where = FigureWhere.of(filter, false);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("now", utc(now));
        int[] days = {1, 3, 7, 30};
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) AS open_now,");
        for (int i = 0; i <= days.length; i++) {
            String younger = i < days.length ? "r.created_at > :age" + i : null;
            String older = i > 0 ? "r.created_at <= :age" + (i - 1) : null;
            String condition = younger == null ? older : older == null ? younger : younger + " AND " + older;
            sql.append(count(condition, "age" + i + "_n"));
            if (i < days.length) {
                params.put("age" + i, utc(now.minusSeconds(days[i] * 86_400L)));
            }
        }
        sql.append(count("r.status <> 'WAITING_CUSTOMER' AND r.resolution_due < :now", "overdue"));
        sql.setLength(sql.length() - 1);
        sql.append(" FROM requests_request r").append(where.sql()).append(" AND r.is_open = TRUE");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    List<Long> ages = new ArrayList<>();
                    for (int i = 0; i <= days.length; i++) {
                        ages.add(rs.getLong("age" + i + "_n"));
                    }
                    return new Figures.Backlog(rs.getLong("open_now"), List.copyOf(ages), rs.getLong("overdue"));
                })
                .single();
    }

    public List<Figures.Transfer> transfers(FigureFilter filter) {
        FigureWhere where = FigureWhere.of(filter, true);
        // the moves from the team lines (V40), found by the request's creation instant like the requests themselves
        return jdbc.sql("SELECT e.from_team_id, e.to_team_id, COUNT(*) AS n FROM requests_team_event e"
                        + " JOIN requests_request r ON r.id = e.request_id" + where.sql() + " AND e.kind IN " + MOVES
                        + " AND e.created_at >= :from AND e.created_at < :to GROUP BY e.from_team_id, e.to_team_id")
                .params(where.params())
                .query((rs, n) ->
                        new Figures.Transfer(nullable(rs, "from_team_id"), nullable(rs, "to_team_id"), rs.getLong("n")))
                .list();
    }

    /** The period's internal requests by the team that holds them. */
    public List<Figures.InternalTeam> internalByTeam(FigureFilter filter) {
        sortMemory.enoughForPercentiles();
        FigureWhere where = FigureWhere.of(filter.ofInternal(true), true);
        return jdbc.sql("SELECT r.team_id, COUNT(*) AS volume, COUNT(r.resolved_at) AS resolved,"
                        + count("r.resolved_at <= r.resolution_due", "on_time")
                        + percentile("0.5", "resolution_seconds", "median").replaceAll(",$", "")
                        + " FROM requests_request r" + where.sql() + " GROUP BY r.team_id")
                .params(where.params())
                .query((rs, n) -> new Figures.InternalTeam(
                        nullable(rs, "team_id"),
                        rs.getLong("volume"),
                        rs.getLong("resolved"),
                        rs.getLong("on_time"),
                        nullable(rs, "median")))
                .list();
    }

    /** The period's latest comments, newest rating first. */
    public List<Figures.Comment> comments(FigureFilter filter, int limit) {
        FigureWhere where = FigureWhere.of(filter, true);
        return jdbc.sql("SELECT r.reference, r.rating, r.rating_comment, e.at FROM requests_request r"
                        + " JOIN requests_event e ON e.request_id = r.id AND e.kind = 'RATED'" + where.sql()
                        + " AND r.rating_comment IS NOT NULL ORDER BY e.at DESC, r.id DESC LIMIT :limit")
                .params(where.params())
                .param("limit", limit)
                .query((rs, n) -> new Figures.Comment(
                        rs.getString("reference"),
                        rs.getInt("rating"),
                        rs.getString("rating_comment"),
                        instant(rs, "at")))
                .list();
    }

    private static String percentile(String fraction, String column, String alias) {
        return " PERCENTILE_DISC(" + fraction + ") WITHIN GROUP (ORDER BY r." + column + ") AS " + alias + ",";
    }

    private static String count(String condition, String alias) {
        return " SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS " + alias + ",";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
