package fr.guichet.requests.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Request references, {@code DEM-2026-000123}: the year of submission in Paris, then the next value of a database
 * sequence. A sequence never hands the same value twice, whatever the number of clients or application instances,
 * and takes no lock; a rolled-back submission leaves a gap, which a request reference may have.
 */
@Component
public class ReferenceGenerator {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferenceGenerator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String next() {
        long number = jdbc.sql("SELECT nextval('requests_reference_seq')")
                .query(Long.class)
                .single();
        return format(clock.instant().atZone(PARIS).getYear(), number);
    }

    static String format(int year, long number) {
        return String.format("DEM-%d-%06d", year, number);
    }
}
