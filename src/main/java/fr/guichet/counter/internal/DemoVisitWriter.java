package fr.guichet.counter.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the demo's past visits in batches (thousands of rows in a few hundred milliseconds). The demo plays one
 * visitor after another, so each day's numbers are the sequence {@link TicketStore#nextNumber} would have given; the
 * day rows are written with the last number, so that a ticket taken today continues the day's numbering.
 */
@Component
public class DemoVisitWriter {

    /** A past visit, as it went. */
    public record PastVisit(
            long reasonId,
            LocalDate day,
            int number,
            String label,
            @Nullable String visitorName,
            @Nullable Long organisationId,
            String status,
            Instant takenAt,
            @Nullable Instant calledAt,
            @Nullable Long deskId,
            @Nullable Long agentId,
            @Nullable Instant servingAt,
            @Nullable Instant doneAt,
            @Nullable String requestReference) {}

    private final JdbcTemplate jdbc;

    DemoVisitWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(List<PastVisit> visits, Map<String, Integer> lastNumbers) {
        List<Object[]> rows = new ArrayList<>(visits.size());
        for (PastVisit v : visits) {
            rows.add(new Object[] {
                v.reasonId(),
                v.day(),
                v.number(),
                v.label(),
                v.visitorName(),
                v.organisationId(),
                v.status(),
                ts(v.takenAt()),
                ts(v.calledAt()),
                ts(v.calledAt()),
                v.calledAt() == null ? 0 : 1,
                v.deskId(),
                v.agentId(),
                ts(v.servingAt()),
                ts(v.doneAt()),
                ts(v.takenAt()),
                v.requestReference()
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO counter_ticket (reason_id, ticket_day, ticket_number, label, source, visitor_name,"
                        + " organisation_id, status, taken_at, called_at, first_called_at, call_count, desk_id, agent_id,"
                        + " serving_at, done_at, alerted_at, request_reference)"
                        + " VALUES (?, ?, ?, ?, 'DEMO', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        List<Object[]> days = new ArrayList<>();
        lastNumbers.forEach((key, last) -> {
            String[] parts = key.split("/");
            days.add(new Object[] {Long.parseLong(parts[0]), LocalDate.parse(parts[1]), last});
        });
        jdbc.batchUpdate("INSERT INTO counter_day_number (reason_id, ticket_day, last_number) VALUES (?, ?, ?)", days);
        jdbc.update("UPDATE counter_change SET counter = counter + 1 WHERE id = 1");
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
