package fr.guichet.requests;

import fr.guichet.GuichetApplication;
import fr.guichet.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An empty database of its own for the demo company's year, and the application started on it as a newcomer starts
 * it (demo data and its life on): an H2 in-memory database on the H2 pass, a new PostgreSQL database next to the
 * tests' one on the PostgreSQL pass (dropped afterwards). The shared test context cannot be used: it is seeded without
 * the life, so that its queues start empty.
 */
final class DemoLifeDatabase implements AutoCloseable {

    private final String url;
    private final String dropped;

    private DemoLifeDatabase(String url, String dropped) {
        this.url = url;
        this.dropped = dropped;
    }

    static DemoLifeDatabase create() {
        String name = "guichet_demo_life_" + Long.toString(System.nanoTime(), 36);
        if (!TestDatabase.postgres()) {
            return new DemoLifeDatabase(
                    "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    null);
        }
        admin("CREATE DATABASE " + name);
        String tests = TestDatabase.postgresUrl();
        int slash = tests.lastIndexOf('/');
        int query = tests.indexOf('?', slash);
        String url = tests.substring(0, slash + 1) + name + (query < 0 ? "" : tests.substring(query));
        return new DemoLifeDatabase(url, name);
    }

    ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--spring.datasource.url=" + url,
                "--guichet.demo-data=true",
                "--guichet.demo-data.life=true",
                "--guichet.scheduling.enabled=false"));
        if (dropped != null) {
            args.add("--spring.datasource.username=" + user());
            args.add("--spring.datasource.password=" + password());
        } else {
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
        }
        return new SpringApplicationBuilder(GuichetApplication.class).run(args.toArray(String[]::new));
    }

    @Override
    public void close() {
        if (dropped != null) {
            admin("DROP DATABASE IF EXISTS " + dropped + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabase.postgresUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String user() {
        return env("GUICHET_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return env("GUICHET_TEST_POSTGRES_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
