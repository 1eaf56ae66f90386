package fr.guichet.counter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter's figures for the reports. The tickets of the period are read on their {@code taken_at} index and grouped
 * here (a waiting room sees tens of thousands of visits a year, not millions), which keeps one SQL for H2 and
 * PostgreSQL; waiting is taken to first call, service from first call to the end of a served visit. The waiting room
 * belongs to no site yet: {@code siteId} is accepted and every visit counted (ADR 0026).
 */
@Service
@Transactional(readOnly = true)
class CounterFiguresQueries implements CounterFigures {

    private final JdbcClient jdbc;
    private final CounterSettings settings;

    CounterFiguresQueries(JdbcClient jdbc, CounterSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    private record Row(
            String letter,
            String labelFr,
            String labelEn,
            String number,
            String status,
            Instant takenAt,
            @Nullable Instant firstCalledAt,
            @Nullable Instant doneAt,
            @Nullable String requestReference) {}

    @Override
    public List<CounterVisits> visits(Instant from, Instant to, @Nullable Long siteId) {
        Map<String, Group> groups = new TreeMap<>();
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        for (Row row : rows(from, to, null, Integer.MAX_VALUE)) {
            int hour = row.takenAt().atZone(settings.zone()).getHour();
            String key = row.letter() + String.format(Locale.ROOT, "%02d", hour);
            groups.computeIfAbsent(key, k -> new Group(row.letter(), english ? row.labelEn() : row.labelFr(), hour))
                    .add(row);
        }
        return groups.values().stream().map(Group::visits).toList();
    }

    @Override
    public List<CounterTicketLine> tickets(
            Instant from, Instant to, @Nullable Long siteId, @Nullable String reasonCode, int limit) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return rows(from, to, reasonCode, limit).stream()
                .map(r -> new CounterTicketLine(
                        r.number(),
                        english ? r.labelEn() : r.labelFr(),
                        r.takenAt(),
                        r.firstCalledAt(),
                        r.doneAt(),
                        r.requestReference()))
                .toList();
    }

    private List<Row> rows(Instant from, Instant to, @Nullable String letter, int limit) {
        return jdbc.sql("SELECT r.letter, r.label_fr, r.label_en, t.label, t.status, t.taken_at, t.first_called_at,"
                        + " t.done_at, t.request_reference FROM counter_ticket t"
                        + " JOIN counter_reason r ON r.id = t.reason_id"
                        + " WHERE t.taken_at >= :from AND t.taken_at < :to"
                        + " AND (CAST(:letter AS VARCHAR) IS NULL OR r.letter = :letter)"
                        + " ORDER BY t.taken_at DESC, t.id DESC LIMIT :limit")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .param("letter", letter)
                .param("limit", limit)
                .query(CounterFiguresQueries::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("letter"),
                rs.getString("label_fr"),
                rs.getString("label_en"),
                rs.getString("label"),
                rs.getString("status"),
                rs.getObject("taken_at", OffsetDateTime.class).toInstant(),
                instant(rs, "first_called_at"),
                instant(rs, "done_at"),
                rs.getString("request_reference"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** One reason's visits in one hour of the day. */
    private static final class Group {
        private final String letter;
        private final String label;
        private final int hour;
        private long tickets;
        private long served;
        private long noShow;
        private final List<Long> waits = new ArrayList<>();
        private final List<Long> services = new ArrayList<>();

        Group(String letter, String label, int hour) {
            this.letter = letter;
            this.label = label;
            this.hour = hour;
        }

        void add(Row row) {
            tickets++;
            if (row.firstCalledAt() != null) {
                waits.add(Duration.between(row.takenAt(), row.firstCalledAt()).toSeconds());
            }
            switch (row.status()) {
                case "DONE" -> {
                    served++;
                    if (row.firstCalledAt() != null && row.doneAt() != null) {
                        services.add(Duration.between(row.firstCalledAt(), row.doneAt())
                                .toSeconds());
                    }
                }
                case "NO_SHOW" -> noShow++;
                default -> {}
            }
        }

        CounterVisits visits() {
            return new CounterVisits(
                    letter,
                    label,
                    hour,
                    tickets,
                    served,
                    noShow,
                    percentile(waits, 50),
                    percentile(waits, 90),
                    percentile(services, 50),
                    percentile(services, 90));
        }
    }

    /** The nearest-rank percentile; none of no value. */
    static @Nullable Long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
