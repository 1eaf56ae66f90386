package fr.guichet.requests.internal;

import java.sql.DatabaseMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Room to sort for the figures' percentiles (ADR 0025, "Measured at a million requests"). An exact percentile sorts
 * the period's values; PostgreSQL's default {@code work_mem} (4 MB) sends the sort of a quarter's 250,000 values to
 * disk, which doubled the summary's time. On PostgreSQL the figures' read-only transaction raises it for itself only
 * ({@code SET LOCAL}: back to the server's setting at the end of the transaction); H2 sorts in memory and is left
 * alone. Must be called inside the transaction of the statement it helps.
 */
@Component
public class SortMemory {

    /** Per sort: a quarter's four percentiles fit; a year's are sorted partly on disk rather than use more. */
    static final String PER_SORT = "32MB";

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    SortMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enoughForPercentiles() {
        if (isPostgres()) {
            jdbc.execute("SET LOCAL work_mem = '" + PER_SORT + "'");
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((java.sql.Connection connection) -> {
                DatabaseMetaData metadata = connection.getMetaData();
                return metadata.getDatabaseProductName()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("postgres");
            });
            postgres = known;
        }
        return known;
    }
}
