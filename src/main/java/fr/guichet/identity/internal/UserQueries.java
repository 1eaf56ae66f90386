package fr.guichet.identity.internal;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.UserSearch;
import fr.guichet.shared.LikePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrators' list of users read straight from the table: one page of ids in order, and one grouped count
 * by kind and status under the text, team and role criteria (the same SQL on H2 and PostgreSQL).
 */
@Component
public class UserQueries {

    /** How many accounts of a kind and a status match the text, team and role. */
    public record Cell(AccountKind kind, boolean enabled, long count) {}

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the page's accounts: staff, then customers, then integrations, each by name. */
    public List<Long> page(UserSearch search) {
        StringBuilder sql = new StringBuilder("SELECT u.id FROM identity_user u WHERE 1 = 1");
        where(search, sql);
        if (search.kind() != null) {
            sql.append(" AND u.kind = :kind");
        }
        if (search.status() != null) {
            sql.append(" AND u.enabled = :enabled");
        }
        sql.append(" ORDER BY CASE u.kind WHEN 'STAFF' THEN 0 WHEN 'CUSTOMER' THEN 1 ELSE 2 END,")
                .append(" u.display_name, u.id LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec statement = params(search, jdbc.sql(sql.toString()))
                .param("limit", UserSearch.PAGE_SIZE)
                .param("offset", search.offset());
        if (search.kind() != null) {
            statement = statement.param("kind", search.kind().name());
        }
        if (search.status() != null) {
            statement = statement.param("enabled", search.status() == UserSearch.Status.ACTIVE);
        }
        return statement.query(Long.class).list();
    }

    /** The counts by kind and status, under the other criteria. */
    public List<Cell> counts(UserSearch search) {
        StringBuilder sql =
                new StringBuilder("SELECT u.kind, u.enabled, COUNT(*) AS n FROM identity_user u WHERE 1 = 1");
        where(search, sql);
        sql.append(" GROUP BY u.kind, u.enabled");
        List<Cell> cells = new ArrayList<>();
        params(search, jdbc.sql(sql.toString()))
                .query((rs, row) -> cells.add(
                        new Cell(AccountKind.valueOf(rs.getString("kind")), rs.getBoolean("enabled"), rs.getLong("n"))))
                .list();
        return cells;
    }

    private static void where(UserSearch search, StringBuilder sql) {
        if (search.text() != null) {
            sql.append(" AND (LOWER(u.display_name) LIKE :text")
                    .append(LikePattern.ESCAPE)
                    .append(" OR LOWER(u.username) LIKE :text")
                    .append(LikePattern.ESCAPE)
                    .append(" OR LOWER(u.email) LIKE :text")
                    .append(LikePattern.ESCAPE)
                    .append(")");
        }
        if (search.teamId() != null) {
            sql.append(" AND u.team_id = :team");
        }
        if (search.role() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM identity_user_role r WHERE r.user_id = u.id AND r.role = :role)");
        }
    }

    private static JdbcClient.StatementSpec params(UserSearch search, JdbcClient.StatementSpec statement) {
        if (search.text() != null) {
            statement =
                    statement.param("text", LikePattern.containing(search.text().toLowerCase(Locale.ROOT)));
        }
        if (search.teamId() != null) {
            statement = statement.param("team", search.teamId());
        }
        if (search.role() != null) {
            statement = statement.param("role", search.role().name());
        }
        return statement;
    }
}
