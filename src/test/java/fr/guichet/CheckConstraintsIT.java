package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No CHECK constraint is written as an IN list (V71): on H2, such a constraint compares through the session that
 * created it, and once the pool closes the migration's connection every insert into its table fails until a restart.
 */
class CheckConstraintsIT extends IntegrationTest {

    private static final Pattern IN_LIST = Pattern.compile("(?i)\\bIN\\s*\\(");

    @Autowired
    JdbcClient jdbc;

    @Test
    void noCheckConstraintOfTheSchemaIsAnInList() {
        List<String> clauses = jdbc.sql(
                        "SELECT constraint_name || ': ' || check_clause" + " FROM information_schema.check_constraints")
                .query(String.class)
                .list();
        assertThat(clauses).as("the schema's checks were read").isNotEmpty();
        assertThat(clauses).filteredOn(clause -> IN_LIST.matcher(clause).find()).isEmpty();
    }

    @Test
    void onH2AnInListCheckDiesWithTheSessionThatCreatedItAndACaseDoesNot() throws SQLException {
        if (TestDatabase.postgres()) {
            return; // PostgreSQL keeps no session in a constraint; the schema test above covers both databases
        }
        String url = "jdbc:h2:mem:checks-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection keeper = DriverManager.getConnection(url, "sa", "")) {
            try (Connection migration = DriverManager.getConnection(url, "sa", "");
                    Statement create = migration.createStatement()) {
                create.execute("CREATE TABLE in_list (kind VARCHAR(10) CHECK (kind IN ('A', 'B')))");
                create.execute("CREATE TABLE with_case (kind VARCHAR(10)"
                        + " CHECK (CASE WHEN kind = 'A' THEN TRUE WHEN kind = 'B' THEN TRUE ELSE FALSE END))");
            } // the pool closes the migration's connection; the database stays open
            try (Statement insert = keeper.createStatement()) {
                // 'A' is allowed, yet refused: the constraint's constant set compares in the closed session
                assertThatThrownBy(() -> insert.execute("INSERT INTO in_list VALUES ('A')"))
                        .hasMessageContaining("Check constraint invalid")
                        .hasStackTraceContaining("The database has been closed");
                insert.execute("INSERT INTO with_case VALUES ('A')");
                assertThatThrownBy(() -> insert.execute("INSERT INTO with_case VALUES ('C')"))
                        .as("the rule still holds")
                        .isInstanceOf(SQLException.class);
            }
        }
    }
}
