package fr.guichet.reports.web;

import fr.guichet.counter.CounterFigures;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.reports.Report;
import fr.guichet.reports.ReportManagement;
import fr.guichet.reports.ReportQuery;
import fr.guichet.requests.Drill;
import fr.guichet.requests.Figures;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.RestApi;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports}: the figures of {@code /back/reports}, with the same parameters and the same rule (team
 * leads their team, administrators all, others 403): raw values (times in business seconds).
 */
@RestController
@RestApi
@RequestMapping("/api/v1/reports")
class ReportApiController {

    /** The report of a period: its figures and the previous period's. */
    record RequestsReport(
            LocalDate from,
            LocalDate to,
            LocalDate previousFrom,
            LocalDate previousTo,
            @Nullable Long teamId,
            Figures.Summary current,
            Figures.Summary previous,
            List<Figures.DayCount> trend,
            Figures.Backlog backlog,
            List<Figures.Transfer> transfers,
            List<Figures.InternalTeam> internal,
            List<Figures.Comment> comments,
            @Nullable List<CounterFigures.CounterVisits> counter) {}

    private final ReportManagement reports;

    ReportApiController(ReportManagement reports) {
        this.reports = reports;
    }

    @GetMapping("/requests")
    RequestsReport requests(
            @AuthenticationPrincipal AccountPrincipal caller, @ParameterObject @ModelAttribute ReportForm form) {
        ReportQuery query = query(form);
        Report report = reports.report(caller, query);
        return new RequestsReport(
                query.period().start(),
                query.period().last(),
                report.previousPeriod().start(),
                report.previousPeriod().last(),
                reports.teamFor(caller, query.teamId()),
                report.current(),
                report.previous(),
                report.trend(),
                report.backlog(),
                report.transfers(),
                report.internal(),
                report.comments(),
                report.counter());
    }

    /** The requests behind a figure, as the drill-down page lists them. */
    @GetMapping("/requests/lines")
    Figures.LinePage lines(
            @AuthenticationPrincipal AccountPrincipal caller,
            @ParameterObject @ModelAttribute ReportForm form,
            @RequestParam(defaultValue = "ALL") Drill drill,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(required = false) @Nullable Integer score,
            @RequestParam(required = false) @Nullable Long fromTeam,
            @RequestParam(required = false) @Nullable Long toTeam,
            @RequestParam(required = false) @Nullable Long after) {
        return reports.lines(caller, query(form), drill, internal, score, fromTeam, toTeam, after);
    }

    private ReportQuery query(ReportForm form) {
        Map<String, String> errors = new HashMap<>();
        ReportQuery query = form.toQuery(reports.today(), errors);
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new BadReportParameter(first.getValue(), first.getKey());
        }
        return query;
    }

    /** A date that does not parse: 422 with the parameter named. */
    static class BadReportParameter extends RuleViolation {
        private final String field;

        BadReportParameter(String messageKey, String field) {
            super(messageKey, "Bad report parameter: " + field);
            this.field = field;
        }

        @Override
        public String field() {
            return field;
        }
    }
}
