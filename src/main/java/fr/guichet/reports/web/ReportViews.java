package fr.guichet.reports.web;

import fr.guichet.reports.Report;
import fr.guichet.reports.web.ReportFormats.Kind;
import fr.guichet.requests.Drill;
import fr.guichet.requests.Figures;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A report as the page shows it: each figure a card (its value, the previous period's, the change, the link to the
 * requests behind it), and the charts' geometry with their data.
 */
@Component
class ReportViews {

    /** A figure on the page. {@code drill}: the link to the requests behind it. */
    record Card(
            String label,
            String hint,
            String value,
            String previous,
            @Nullable String change,
            String drill) {}

    /** A row of a chart's data table. */
    record Row(String label, String value, @Nullable String drill) {}

    /** One internal-requests line: the team, the volume, the service level, the median resolution. */
    record InternalRow(String team, String volume, String onTime, String median, String drill) {}

    private final ReportFormats formats;

    ReportViews(ReportFormats formats) {
        this.formats = formats;
    }

    ReportFormats formats() {
        return formats;
    }

    List<Card> cards(Report report, String query) {
        Figures.Summary now = report.current();
        Figures.Summary before = report.previous();
        List<Card> cards = new ArrayList<>();
        cards.add(card("volume", Kind.COUNT, now, before, s -> (double) s.volume(), query, Drill.ALL));
        cards.add(card(
                "first-response-median",
                Kind.DURATION,
                now,
                before,
                s -> dbl(s.firstResponseMedian()),
                query,
                Drill.RESPONDED));
        cards.add(card(
                "first-response-p90",
                Kind.DURATION,
                now,
                before,
                s -> dbl(s.firstResponseP90()),
                query,
                Drill.RESPONDED));
        cards.add(card(
                "resolution-median",
                Kind.DURATION,
                now,
                before,
                s -> dbl(s.resolutionMedian()),
                query,
                Drill.RESOLVED));
        cards.add(
                card("resolution-p90", Kind.DURATION, now, before, s -> dbl(s.resolutionP90()), query, Drill.RESOLVED));
        cards.add(card(
                "first-response-on-time",
                Kind.PERCENT,
                now,
                before,
                s -> share(s.respondedOnTime(), s.responded()),
                query,
                Drill.RESPONSE_LATE));
        cards.add(card(
                "resolution-on-time",
                Kind.PERCENT,
                now,
                before,
                s -> share(s.resolvedOnTime(), s.resolved()),
                query,
                Drill.RESOLUTION_LATE));
        cards.add(card(
                "first-contact",
                Kind.PERCENT,
                now,
                before,
                s -> share(s.firstContact(), s.resolved()),
                query,
                Drill.FIRST_CONTACT));
        cards.add(card(
                "handoffs", Kind.RATIO, now, before, s -> share(s.handoffs(), s.volume()), query, Drill.HANDED_OFF));
        cards.add(
                card("bounced", Kind.PERCENT, now, before, s -> share(s.bounced(), s.volume()), query, Drill.BOUNCED));
        cards.add(card(
                "reopened", Kind.PERCENT, now, before, s -> share(s.reopened(), s.volume()), query, Drill.REOPENED));
        cards.add(card("satisfaction", Kind.SCORE, now, before, Figures.Summary::ratingAverage, query, Drill.RATED));
        return cards;
    }

    private Card card(
            String name,
            Kind kind,
            Figures.Summary now,
            Figures.Summary before,
            Function<Figures.Summary, @Nullable Double> value,
            String query,
            Drill drill) {
        Double current = value.apply(now);
        Double previous = value.apply(before);
        return new Card(
                "reports.figure." + name,
                "reports.figure." + name + ".hint",
                formats.format(kind, current),
                formats.format(kind, previous),
                formats.change(kind, current, previous),
                drillLink(query, drill, ""));
    }

    static String drillLink(String query, Drill drill, String more) {
        return "/back/reports/requests?drill=" + drill.name() + (query.isEmpty() ? "" : "&" + query) + more;
    }

    /** The trend: requests per day (or week) of the period. */
    Charts.BarChart trend(Report report) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale());

        List<String> labels =
                report.trend().stream().map(d -> d.day().format(format)).toList();
        List<Long> values = report.trend().stream().map(Figures.DayCount::count).toList();
        List<String> shown = values.stream().map(formats::count).toList();
        return Charts.bars(labels, values, shown, Math.max(1, (values.size() + 5) / 6));
    }

    List<Row> trendRows(Report report) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        return report.trend().stream()
                .map(d -> new Row(d.day().format(format), formats.count(d.count()), null))
                .toList();
    }

    /** The ratings 1/5 … 5/5 of the period. */
    Charts.BarChart ratings(Report report) {
        List<String> labels = List.of("1", "2", "3", "4", "5");
        List<Long> values = report.current().ratings();
        return Charts.bars(labels, values, values.stream().map(formats::count).toList(), 1);
    }

    List<Row> ratingRows(Report report, String query) {
        List<Row> rows = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            rows.add(new Row(
                    formats.message("reports.format.score", score),
                    formats.count(report.current().ratings().get(score - 1)),
                    drillLink(query, Drill.SCORE, "&score=" + score)));
        }
        return rows;
    }

    /** The backlog by age. */
    Charts.BarChart ages(Report report) {
        List<String> labels = ageLabels();
        List<Long> values = report.backlog().byAge();
        return Charts.bars(labels, values, values.stream().map(formats::count).toList(), 1);
    }

    List<Row> ageRows(Report report) {
        List<String> labels = ageLabels();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(
                    labels.get(i), formats.count(report.backlog().byAge().get(i)), null));
        }
        return rows;
    }

    private List<String> ageLabels() {
        return List.of(
                formats.message("reports.backlog.age0"),
                formats.message("reports.backlog.age1"),
                formats.message("reports.backlog.age2"),
                formats.message("reports.backlog.age3"),
                formats.message("reports.backlog.age4"));
    }

    /** The from→to matrix over the teams that appear in it, the front office first. */
    Charts.HeatMap transfers(Report report) {
        List<@Nullable Long> teams = transferTeams(report);
        List<String> names = teams.stream().map(t -> teamName(report, t)).toList();
        long[][] counts = new long[teams.size()][teams.size()];
        for (Figures.Transfer t : report.transfers()) {
            counts[teams.indexOf(t.fromTeamId())][teams.indexOf(t.toTeamId())] += t.count();
        }
        return Charts.heatMap(names, names, counts);
    }

    List<Row> transferRows(Report report, String query) {
        return report.transfers().stream()
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .map(t -> new Row(
                        formats.message(
                                "reports.transfers.move",
                                teamName(report, t.fromTeamId()),
                                teamName(report, t.toTeamId())),
                        formats.count(t.count()),
                        drillLink(
                                query,
                                Drill.TRANSFER,
                                (t.fromTeamId() == null ? "" : "&fromTeam=" + t.fromTeamId())
                                        + (t.toTeamId() == null ? "" : "&toTeam=" + t.toTeamId()))))
                .toList();
    }

    private static List<@Nullable Long> transferTeams(Report report) {
        LinkedHashSet<@Nullable Long> teams = new LinkedHashSet<>();
        teams.add(null);
        report.transfers().stream()
                .flatMap(t -> java.util.stream.Stream.of(t.fromTeamId(), t.toTeamId()))
                .filter(Objects::nonNull)
                .sorted()
                .forEach(teams::add);
        return new ArrayList<>(teams);
    }

    List<InternalRow> internalRows(Report report, String query) {
        return report.internal().stream()
                .map(i -> new InternalRow(
                        teamName(report, i.teamId()),
                        formats.count(i.volume()),
                        formats.format(Kind.PERCENT, share(i.resolvedOnTime(), i.resolved())),
                        formats.format(Kind.DURATION, dbl(i.resolutionMedian())),
                        drillLink(
                                query,
                                Drill.ALL,
                                "&internal=true" + (i.teamId() == null ? "" : "&toTeam=" + i.teamId()))))
                .toList();
    }

    /** A counter line: the reason, the hour, tickets, served, waiting and service times (median · 90th percentile). */
    record CounterRow(String reason, String hour, String tickets, String served, String waiting, String service) {}

    List<CounterRow> counterRows(Report report) {
        if (report.counter() == null) {
            return List.of();
        }
        return report.counter().stream()
                .map(v -> new CounterRow(
                        v.reasonLabel(),
                        formats.message("reports.counter.hour-value", v.hour()),
                        formats.count(v.tickets()),
                        formats.count(v.served()),
                        pair(v.medianWaitSeconds(), v.p90WaitSeconds()),
                        pair(v.medianServiceSeconds(), v.p90ServiceSeconds())))
                .toList();
    }

    private String pair(@Nullable Long median, @Nullable Long p90) {
        return formats.format(Kind.DURATION, dbl(median)) + " · " + formats.format(Kind.DURATION, dbl(p90));
    }

    /** Each line's first response and resolution times as written, by request id. */
    Map<Long, List<String>> durations(Figures.LinePage page) {
        Map<Long, List<String>> times = new java.util.HashMap<>();
        for (Figures.Line line : page.lines()) {
            times.put(
                    line.id(),
                    List.of(
                            formats.format(Kind.DURATION, dbl(line.firstResponseSeconds())),
                            formats.format(Kind.DURATION, dbl(line.resolutionSeconds()))));
        }
        return times;
    }

    String teamName(Report report, @Nullable Long team) {
        if (team == null) {
            return formats.message("reports.front-office");
        }
        Map<Long, String> names = report.teamNames();
        return names.getOrDefault(team, "#" + team);
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }

    private static @Nullable Double dbl(@Nullable Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
