package fr.guichet.reports.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.StaffHomePanel;
import fr.guichet.reports.Report;
import fr.guichet.reports.ReportManagement;
import fr.guichet.reports.ReportPeriod;
import fr.guichet.reports.ReportQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The back-office home's figures for those who read them (team leads: their team; administrators: all): this week so
 * far against last week — requests received, settled at the first contact, "baladés", satisfaction — each a link to
 * its requests, and the way to the full report.
 */
@Component
class ReportsHomePanel implements StaffHomePanel {

    private static final Set<String> SHOWN = Set.of(
            "reports.figure.volume",
            "reports.figure.first-contact",
            "reports.figure.bounced",
            "reports.figure.satisfaction");

    private final ReportManagement reports;
    private final ReportViews views;

    ReportsHomePanel(ReportManagement reports, ReportViews views) {
        this.reports = reports;
        this.views = views;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String fragment() {
        return "reports/home-panel :: panel";
    }

    @Override
    public Optional<Map<String, Object>> model(Home home, AccountPrincipal user) {
        if (home != Home.BACK || !ReportManagement.mayRead(user) || !reports.mayReadSomeTeam(user)) {
            return Optional.empty();
        }
        ReportPeriod week = ReportPeriod.containing(ReportPeriod.Unit.WEEK, reports.today());
        Report glance = reports.glance(user, new ReportQuery(week, null, null, null, null, null));
        String query = "unit=WEEK";
        List<ReportViews.Card> cards = views.cards(glance, query).stream()
                .filter(c -> SHOWN.contains(c.label()))
                .toList();
        return Optional.of(Map.of("cards", cards, "reportLink", "/back/reports?" + query));
    }
}
