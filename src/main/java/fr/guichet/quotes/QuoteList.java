package fr.guichet.quotes;

import fr.guichet.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes list of the desk and of billing: filtered by status (as people see it: a sent quote past its date is
 * expired), customer and period (the drafting date), newest first, by keyset pages; with the count and totals of
 * everything the filter matches.
 */
@Component
@Transactional(readOnly = true)
public class QuoteList {

    public static final int PAGE = 50;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** What the list is narrowed to; every part optional. */
    public record Filter(
            @Nullable QuoteStatus status,
            @Nullable Long organisationId,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A row of the list. */
    public record Row(
            long id,
            String reference,
            long organisationId,
            String title,
            QuoteStatus status,
            int revision,
            LocalDate createdOn,
            LocalDate validUntil,
            Money net,
            Money gross) {}

    /** One page, the id after which the next page starts (none: the last page), and the filter's count and totals. */
    public record Page(List<Row> rows, @Nullable Long next, long count, Money net, Money gross) {

        Page withNext(@Nullable Long after) {
            return new Page(rows, after, count, net, gross);
        }
    }

    private final JdbcClient jdbc;
    private final QuoteManagement quotes;

    QuoteList(JdbcClient jdbc, QuoteManagement quotes) {
        this.jdbc = jdbc;
        this.quotes = quotes;
    }

    /** The page of quotes older than {@code after} (none: the first page). */
    public Page page(Filter filter, @Nullable Long after, int size) {
        LocalDate today = quotes.today();
        Map<String, Object> params = new TreeMap<>();
        String where = where(filter, today, params);
        List<Row> rows = new ArrayList<>(jdbc.sql("SELECT * FROM quotes_quote WHERE " + where
                        + (after == null ? "" : " AND id < :after") + " ORDER BY id DESC LIMIT :limit")
                .params(params)
                .param("after", after == null ? 0L : after)
                .param("limit", size + 1)
                .query((rs, n) -> row(rs, today))
                .list());
        Long next = null;
        if (rows.size() > size) {
            rows.remove(size);
            next = rows.get(size - 1).id();
        }
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(total_net), 0) AS net,"
                        + " COALESCE(SUM(total_gross), 0) AS gross FROM quotes_quote WHERE " + where)
                .params(params)
                .query((rs, n) -> new Page(
                        rows,
                        null,
                        rs.getLong("n"),
                        new Money(rs.getBigDecimal("net"), Money.EUR),
                        new Money(rs.getBigDecimal("gross"), Money.EUR)))
                .single()
                .withNext(next);
    }

    /** Everything the filter matches, newest first (for the CSV export; at most {@code limit} rows). */
    public List<Row> all(Filter filter, int limit) {
        LocalDate today = quotes.today();
        Map<String, Object> params = new TreeMap<>();
        String where = where(filter, today, params);
        return jdbc.sql("SELECT * FROM quotes_quote WHERE " + where + " ORDER BY id DESC LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> row(rs, today))
                .list();
    }

    private static String where(Filter filter, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (filter.status() != null) {
            params.put("today", today);
            conditions.add(
                    switch (filter.status()) {
                        case SENT -> "status = 'SENT' AND valid_until >= :today";
                        case EXPIRED -> "(status = 'EXPIRED' OR (status = 'SENT' AND valid_until < :today))";
                        default -> {
                            params.put("status", filter.status().name());
                            yield "status = :status";
                        }
                    });
        }
        if (filter.organisationId() != null) {
            params.put("organisation", filter.organisationId());
            conditions.add("organisation_id = :organisation");
        }
        if (filter.from() != null) {
            params.put("from", filter.from().atStartOfDay(PARIS).toOffsetDateTime());
            conditions.add("created_at >= :from");
        }
        if (filter.to() != null) {
            params.put("to", filter.to().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
            conditions.add("created_at < :to");
        }
        return String.join(" AND ", conditions);
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
        QuoteStatus stored = QuoteStatus.valueOf(rs.getString("status"));
        return new Row(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getLong("organisation_id"),
                rs.getString("title"),
                QuoteExpiry.statusOn(stored, validUntil, today),
                rs.getInt("revision"),
                rs.getObject("created_at", OffsetDateTime.class)
                        .atZoneSameInstant(PARIS)
                        .toLocalDate(),
                validUntil,
                new Money(rs.getBigDecimal("total_net"), Money.EUR),
                new Money(rs.getBigDecimal("total_gross"), Money.EUR));
    }
}
