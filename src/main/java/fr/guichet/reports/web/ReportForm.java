package fr.guichet.reports.web;

import fr.guichet.reports.ReportPeriod;
import fr.guichet.reports.ReportQuery;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The report's period picker and filters as typed (a plain GET form, the same parameters on the page, the drill-down,
 * the CSV and the API). A date that does not parse keeps what was typed and says so next to its field; the period
 * then falls back to the one containing today.
 *
 * @param unit DAY, WEEK, MONTH (default), QUARTER or CUSTOM
 * @param day a day of the period (default today)
 * @param from first day of a custom period
 * @param to last day of a custom period (included)
 */
public record ReportForm(
        @Nullable String unit,
        @Nullable String day,
        @Nullable String from,
        @Nullable String to,
        @Nullable Long team,
        @Nullable Channel channel,
        @Nullable Category category,
        @Nullable String segment,
        @Nullable Long site) {

    /** The query, and in {@code errors} the fields that did not parse (field → message key). */
    public ReportQuery toQuery(LocalDate today, Map<String, String> errors) {
        ReportPeriod.Unit kind = periodUnit();
        ReportPeriod period;
        if (kind == ReportPeriod.Unit.CUSTOM) {
            LocalDate first = date("from", from, errors);
            LocalDate last = date("to", to, errors);
            period = first == null || last == null
                    ? ReportPeriod.containing(ReportPeriod.Unit.MONTH, today)
                    : ReportPeriod.custom(first, last);
            if (first != null
                    && last != null
                    && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(first, last)) >= ReportPeriod.MAX_DAYS) {
                errors.put("from", "reports.error.too-long");
            }
        } else {
            LocalDate anchor = day == null || day.isBlank() ? today : date("day", day, errors);
            period = ReportPeriod.containing(kind, anchor == null ? today : anchor);
        }
        String tag = segment == null || segment.isBlank() ? null : segment.strip();
        return new ReportQuery(period, team, channel, category, tag, site);
    }

    /** The form of the parameters given, a filter that does not read (a team that is no number) left out. */
    static ReportForm lenient(Map<String, String> parameters) {
        return new ReportForm(
                parameters.get("unit"),
                parameters.get("day"),
                parameters.get("from"),
                parameters.get("to"),
                number(parameters.get("team")),
                option(Channel.class, parameters.get("channel")),
                option(Category.class, parameters.get("category")),
                parameters.get("segment"),
                number(parameters.get("site")));
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E option(Class<E> type, @Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The kind of period asked (MONTH when none or unknown). */
    public ReportPeriod.Unit periodUnit() {
        if (unit == null || unit.isBlank()) {
            return ReportPeriod.Unit.MONTH;
        }
        try {
            return ReportPeriod.Unit.valueOf(unit.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ReportPeriod.Unit.MONTH;
        }
    }

    /** The same form for the period given (the previous/next links), filters kept. */
    public ReportForm at(ReportPeriod period) {
        return period.unit() == ReportPeriod.Unit.CUSTOM
                ? new ReportForm(
                        "CUSTOM",
                        null,
                        period.start().toString(),
                        period.last().toString(),
                        team,
                        channel,
                        category,
                        segment,
                        site)
                : new ReportForm(
                        period.unit().name(),
                        period.start().toString(),
                        null,
                        null,
                        team,
                        channel,
                        category,
                        segment,
                        site);
    }

    /** The form's parameters as a query string (without the {@code ?}), for links that keep the report's filters. */
    public String queryString() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unit", unit);
        values.put("day", day);
        values.put("from", from);
        values.put("to", to);
        values.put("team", team);
        values.put("channel", channel);
        values.put("category", category);
        values.put("segment", segment);
        values.put("site", site);
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The years a report may look at: nothing was recorded before, and nothing will be beyond. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    private static @Nullable LocalDate date(String field, @Nullable String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "reports.error.date-required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                errors.put(field, "reports.error.date-range");
                return null;
            }
            return date;
        } catch (DateTimeParseException bad) {
            errors.put(field, "reports.error.date");
            return null;
        }
    }
}
