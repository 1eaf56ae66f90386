package fr.guichet.requests.internal;

import fr.guichet.requests.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ratings customers gave, newest first: all of them, or a team's. */
@Component
public class RatingQueries {

    private static final String SELECT = "SELECT r.reference, r.subject, r.rating, r.rating_comment, r.team_id,"
            + " r.owner_id, e.at FROM requests_request r JOIN requests_event e ON e.request_id = r.id"
            + " AND e.kind = 'RATED' WHERE r.rating IS NOT NULL";

    private final JdbcClient jdbc;

    RatingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rating> all(int limit) {
        return jdbc.sql(SELECT + " ORDER BY e.at DESC, r.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(RatingQueries::rating)
                .list();
    }

    /**
     * The ratings of the requests a team had: those it holds or went through, and those its members own (a front
     * office team's).
     */
    public List<Rating> ofTeam(long teamId, Collection<Long> members, int limit) {
        return jdbc.sql(SELECT
                        + " AND (r.team_id = :team OR r.owner_id IN (:members) OR EXISTS (SELECT 1 FROM"
                        + " requests_event h WHERE h.request_id = r.id AND h.to_team_id = :team))"
                        + " ORDER BY e.at DESC, r.id DESC LIMIT :limit")
                .param("team", teamId)
                .param("members", members.isEmpty() ? List.of(-1L) : members)
                .param("limit", limit)
                .query(RatingQueries::rating)
                .list();
    }

    private static Rating rating(ResultSet rs, int row) throws SQLException {
        return new Rating(
                rs.getString("reference"),
                rs.getString("subject"),
                rs.getInt("rating"),
                rs.getString("rating_comment"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                nullable(rs, "team_id"),
                nullable(rs, "owner_id"));
    }

    private static @Nullable Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
