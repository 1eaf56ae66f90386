package fr.guichet.billing.accounting.web;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The aged receivables' bar chart, drawn by the template as SVG as the reports' charts are (no script): one bar per
 * age bucket, scaled to the largest; its data table follows it on the page.
 */
final class ReceivablesChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int AXIS = 20;
    private static final int TOP = 16;

    private ReceivablesChart() {}

    record Bar(double x, double y, double width, double height, String label, String value, boolean labelled) {}

    record Chart(List<Bar> bars, int width, int height) {}

    static Chart of(List<String> labels, List<Money> amounts, List<String> shown) {
        BigDecimal max = amounts.stream()
                .map(Money::amount)
                .max(BigDecimal::compareTo)
                .filter(m -> m.signum() > 0)
                .orElse(BigDecimal.ONE);
        double slot = (double) WIDTH / Math.max(1, amounts.size());
        double width = slot * 0.6;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            double ratio =
                    amounts.get(i).amount().divide(max, 6, RoundingMode.HALF_UP).doubleValue();
            double height = Math.max(0, (HEIGHT - AXIS - TOP) * ratio);
            bars.add(new Bar(
                    round(i * slot + (slot - width) / 2),
                    round(HEIGHT - AXIS - height),
                    round(width),
                    round(height),
                    labels.get(i),
                    shown.get(i),
                    true));
        }
        return new Chart(List.copyOf(bars), WIDTH, HEIGHT);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
