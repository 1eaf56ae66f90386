package fr.guichet.reports.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.reports.Report;
import fr.guichet.reports.ReportManagement;
import fr.guichet.reports.ReportQuery;
import fr.guichet.reports.ReportRefused;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report as CSV, as French spreadsheets open it (UTF-8 with a byte order mark, semicolons): one line per figure
 * (this period, the previous one, the change, as the page writes them), then the trend, the backlog by age, the moves
 * between teams. Cells are escaped as ADR 0014 says: a cell a spreadsheet would take for a formula is prefixed with a
 * quote mark.
 */
@RestController
class ReportExport {

    private final ReportManagement reports;
    private final ReportViews views;

    ReportExport(ReportManagement reports, ReportViews views) {
        this.reports = reports;
        this.views = views;
    }

    @GetMapping("/back/reports/export.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute ReportForm form) {
        ReportQuery query = form.toQuery(reports.today(), new HashMap<>());
        Report report;
        try {
            report = reports.report(user, query);
        } catch (ReportRefused refused) {
            throw new AccessDeniedException(refused.messageKey());
        }
        ReportFormats formats = views.formats();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(
                formats.message("reports.csv.section"),
                formats.message("reports.csv.figure"),
                formats.message(
                        "reports.csv.period",
                        query.period().start(),
                        query.period().last()),
                formats.message(
                        "reports.csv.period",
                        report.previousPeriod().start(),
                        report.previousPeriod().last()),
                formats.message("reports.csv.change")));
        String figures = formats.message("reports.csv.figures");
        for (ReportViews.Card card : views.cards(report, "")) {
            csv.append(line(
                    figures,
                    formats.message(card.label()),
                    card.value(),
                    card.previous(),
                    card.change() == null ? "" : card.change()));
        }
        String trend = formats.message("reports.trend.title");
        views.trendRows(report).forEach(r -> csv.append(line(trend, r.label(), r.value(), "", "")));
        String backlog = formats.message("reports.backlog.title");
        csv.append(line(
                backlog,
                formats.message("reports.backlog.open"),
                formats.count(report.backlog().open()),
                "",
                ""));
        csv.append(line(
                backlog,
                formats.message("reports.backlog.overdue"),
                formats.count(report.backlog().overdue()),
                "",
                ""));
        views.ageRows(report).forEach(r -> csv.append(line(backlog, r.label(), r.value(), "", "")));
        String moves = formats.message("reports.transfers.title");
        views.transferRows(report, "").forEach(r -> csv.append(line(moves, r.label(), r.value(), "", "")));
        String file = "rapport-" + query.period().start() + "-" + query.period().last() + ".csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String line(String... cells) {
        return Stream.of(cells).map(ReportExport::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** ADR 0014: shown, never run; quoted as RFC 4180 says. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";")
                        || safe.contains("\"")
                        || safe.contains("\n")
                        || safe.contains("\r")
                        || safe.contains(",")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
