package fr.guichet.reports.web;

import fr.guichet.customers.CustomerPortalPanel;
import fr.guichet.reports.ReportManagement;
import fr.guichet.reports.web.ReportFormats.Kind;
import fr.guichet.requests.FigureFilter;
import fr.guichet.requests.Figures;
import fr.guichet.requests.RequestFigureManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The portal home's figures, for a customer: how their organisation's requests of the last twelve months went — how
 * many, how soon they were first answered and settled (medians, in business hours), how many were settled at the first
 * contact, and the organisation's average rating. Their own organisation's requests only; nothing for a customer
 * without one.
 */
@Component
class ReportsPortalPanel implements CustomerPortalPanel {

    /** A figure of the panel: its message key and its written value. */
    record Figure(String label, String value) {}

    private final RequestFigureManagement figures;
    private final ReportManagement reports;
    private final ReportFormats formats;

    ReportsPortalPanel(RequestFigureManagement figures, ReportManagement reports, ReportFormats formats) {
        this.figures = figures;
        this.reports = reports;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "reports/portal-panel :: panel";
    }

    @Override
    public Map<String, Object> model(@Nullable Long organisationId, long userId) {
        if (organisationId == null) {
            return Map.of("figures", List.of());
        }
        ZoneId zone = reports.zone();
        LocalDate today = reports.today();
        Figures.Summary year = figures.summary(new FigureFilter(
                today.minusMonths(12).plusDays(1).atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(),
                false,
                null,
                List.of(),
                null,
                null,
                List.of(organisationId),
                null));
        if (year.volume() == 0) {
            return Map.of("figures", List.of());
        }
        return Map.of(
                "figures",
                List.of(
                        new Figure("reports.portal.volume", formats.count(year.volume())),
                        new Figure(
                                "reports.portal.first-response",
                                formats.format(Kind.DURATION, seconds(year.firstResponseMedian()))),
                        new Figure(
                                "reports.portal.resolution",
                                formats.format(Kind.DURATION, seconds(year.resolutionMedian()))),
                        new Figure(
                                "reports.portal.first-contact",
                                formats.format(Kind.PERCENT, share(year.firstContact(), year.resolved()))),
                        new Figure("reports.portal.rating", formats.format(Kind.SCORE, year.ratingAverage()))));
    }

    private static @Nullable Double seconds(@Nullable Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }
}
