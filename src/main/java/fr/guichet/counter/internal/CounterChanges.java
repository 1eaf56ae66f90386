package fr.guichet.counter.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counter's change counter: every change the display shows adds one to it in its own transaction, and every
 * instance polls it to know when to push news to its display clients. The database is the only thing instances share,
 * so a change made on one instance reaches the displays connected to another within the polling interval.
 */
@Component
public class CounterChanges {

    private final JdbcClient jdbc;

    CounterChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a change (in the caller's transaction). */
    public void bump() {
        jdbc.sql("UPDATE counter_change SET counter = counter + 1 WHERE id = 1").update();
    }

    /** The number of changes so far. */
    public long current() {
        return jdbc.sql("SELECT counter FROM counter_change WHERE id = 1")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
