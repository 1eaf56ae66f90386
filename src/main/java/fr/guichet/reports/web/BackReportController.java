package fr.guichet.reports.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.reports.Report;
import fr.guichet.reports.ReportManagement;
import fr.guichet.reports.ReportPeriod;
import fr.guichet.reports.ReportQuery;
import fr.guichet.reports.ReportRefused;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.Drill;
import fr.guichet.requests.Figures;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /back/reports}: the figures of a period against the previous one, with the period picker and the filters
 * (a plain GET form), charts with their data tables, and {@code /back/reports/requests}: the requests behind any
 * figure. Team leads (their team) and administrators (all); anyone else 403.
 */
@Controller
class BackReportController {

    private final ReportManagement reports;
    private final ReportViews views;

    BackReportController(ReportManagement reports, ReportViews views) {
        this.reports = reports;
        this.views = views;
    }

    @GetMapping("/back/reports")
    String report(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") @Nullable ReportForm bound,
            BindingResult binding,
            @RequestParam Map<String, String> parameters,
            Model model) {
        Map<String, String> errors = new HashMap<>();
        ReportForm form = bound;
        if (form == null || binding.hasErrors()) {
            // A team or a site that is no number (a hand-edited address): the page without that filter, said so.
            form = ReportForm.lenient(parameters);
            binding.getFieldErrors().forEach(e -> errors.put(e.getField(), "reports.error.filter"));
            model.addAttribute("form", form);
        }
        ReportQuery query = form.toQuery(reports.today(), errors);
        Report report;
        try {
            report = reports.report(user, query);
            filters(user, model);
        } catch (ReportRefused refused) {
            throw new AccessDeniedException(refused.messageKey());
        }
        String q = form.queryString();
        model.addAttribute("dateProblems", errors);
        model.addAttribute("report", report);
        model.addAttribute("period", query.period());
        model.addAttribute("query", q);
        model.addAttribute("exportLink", "/back/reports/export.csv" + (q.isEmpty() ? "" : "?" + q));
        model.addAttribute(
                "previousLink",
                "/back/reports?" + form.at(query.period().previous()).queryString());
        model.addAttribute(
                "nextLink", "/back/reports?" + form.at(query.period().next()).queryString());
        model.addAttribute("cards", views.cards(report, q));
        model.addAttribute("trend", views.trend(report));
        model.addAttribute("trendRows", views.trendRows(report));
        model.addAttribute("ratingChart", views.ratings(report));
        model.addAttribute("ratingRows", views.ratingRows(report, q));
        model.addAttribute("ageChart", views.ages(report));
        model.addAttribute("ageRows", views.ageRows(report));
        model.addAttribute("heat", views.transfers(report));
        model.addAttribute("transferRows", views.transferRows(report, q));
        model.addAttribute("internalRows", views.internalRows(report, q));
        model.addAttribute("counterRows", views.counterRows(report));
        model.addAttribute("backlogLink", ReportViews.drillLink(q, Drill.BACKLOG, ""));
        model.addAttribute("overdueLink", ReportViews.drillLink(q, Drill.OVERDUE, ""));
        return "reports/back-reports";
    }

    @GetMapping("/back/reports/requests")
    String requests(
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "ALL") Drill drill,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(required = false) @Nullable Integer score,
            @RequestParam(required = false) @Nullable Long fromTeam,
            @RequestParam(required = false) @Nullable Long toTeam,
            @RequestParam(required = false) @Nullable Long after,
            Model model) {
        ReportQuery query = form.toQuery(reports.today(), new HashMap<>());
        Figures.LinePage page;
        try {
            page = reports.lines(user, query, drill, internal, score, fromTeam, toTeam, after);
        } catch (ReportRefused refused) {
            throw new AccessDeniedException(refused.messageKey());
        }
        String q = form.queryString();
        StringBuilder same = new StringBuilder("&internal=" + internal);
        if (score != null) {
            same.append("&score=").append(score);
        }
        if (fromTeam != null) {
            same.append("&fromTeam=").append(fromTeam);
        }
        if (toTeam != null) {
            same.append("&toTeam=").append(toTeam);
        }
        model.addAttribute("page", page);
        model.addAttribute("durations", views.durations(page));
        model.addAttribute("drill", drill);
        model.addAttribute("period", query.period());
        model.addAttribute("reportLink", "/back/reports" + (q.isEmpty() ? "" : "?" + q));
        model.addAttribute(
                "nextLink",
                page.nextAfter() == null ? null : ReportViews.drillLink(q, drill, same + "&after=" + page.nextAfter()));
        model.addAttribute("firstLink", after == null ? null : ReportViews.drillLink(q, drill, same.toString()));
        return "reports/back-report-requests";
    }

    private void filters(AccountPrincipal user, Model model) {
        model.addAttribute("teams", reports.teamsFor(user));
        model.addAttribute("sites", reports.sites());
        model.addAttribute("segments", reports.segments());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", Category.customerCategories());
        model.addAttribute("units", Arrays.stream(ReportPeriod.Unit.values()).toList());
    }
}
