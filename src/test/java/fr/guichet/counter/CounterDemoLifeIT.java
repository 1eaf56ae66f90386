package fr.guichet.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.DemoLife;
import fr.guichet.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counter's demo year, played in transactions rolled back (a year long past, so that nothing of the tests' own
 * days is met): the same life gives the same visits, and every visit is one the room could have seen.
 */
class CounterDemoLifeIT extends IntegrationTest {

    private static final DemoLife LIFE = DemoLife.yearEnding(7, Instant.parse("2001-06-29T16:00:00Z"));

    @Autowired
    CounterDemoLife demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    record Visit(
            long reason,
            String day,
            int number,
            String label,
            String status,
            Instant taken,
            Instant called,
            Instant done) {}

    private List<Visit> play() {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            demo.play(LIFE);
            return jdbc.sql("SELECT * FROM counter_ticket WHERE source = 'DEMO' AND taken_at < :end"
                            + " ORDER BY reason_id, ticket_day, ticket_number")
                    .param("end", OffsetDateTime.parse("2001-07-01T00:00:00Z"))
                    .query((rs, n) -> new Visit(
                            rs.getLong("reason_id"),
                            rs.getString("ticket_day"),
                            rs.getInt("ticket_number"),
                            rs.getString("label"),
                            rs.getString("status"),
                            rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("called_at", OffsetDateTime.class) == null
                                    ? null
                                    : rs.getObject("called_at", OffsetDateTime.class)
                                            .toInstant(),
                            rs.getObject("done_at", OffsetDateTime.class) == null
                                    ? null
                                    : rs.getObject("done_at", OffsetDateTime.class)
                                            .toInstant()))
                    .list();
        });
    }

    @Test
    void theSameLifeGivesTheSameVisitsAndEachIsPlausible() {
        List<Visit> first = play();
        List<Visit> again = play();

        assertThat(first).hasSizeGreaterThan(3_000).isEqualTo(again);
        assertThat(first).extracting(Visit::status).contains("DONE", "NO_SHOW");
        for (Visit v : first) {
            ZonedDateTime taken = v.taken().atZone(DemoLife.PARIS);
            assertThat(taken.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(taken.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(18, 0));
            assertThat(v.called()).isAfterOrEqualTo(v.taken());
            assertThat(v.done()).isAfterOrEqualTo(v.called());
            assertThat(v.label()).endsWith(String.format("-%03d", v.number()));
        }
        Map<String, List<Integer>> numbersPerReasonAndDay = first.stream()
                .collect(Collectors.groupingBy(
                        v -> v.reason() + "/" + v.day(), Collectors.mapping(Visit::number, Collectors.toList())));
        numbersPerReasonAndDay
                .values()
                .forEach(numbers -> assertThat(numbers)
                        .as("numbered from 1 without gap each day")
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                                .boxed()
                                .toList()));
    }
}
