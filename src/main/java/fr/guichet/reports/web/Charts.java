package fr.guichet.reports.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the report's charts, drawn by the template as SVG (no script, no library): bars scaled to the
 * largest value, and a from→to heat map whose cells are darker for more moves. Each chart is shown with its data table;
 * the SVG is a picture of it ({@code role="img"} with a label).
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    private static final int AXIS = 20;

    private Charts() {}

    /** One bar: its box, the label of its slot and its value as shown. */
    record Bar(double x, double y, double width, double height, String label, String value, boolean labelled) {}

    /** A bar chart: the bars, the largest value (the top of the scale) as shown. */
    record BarChart(List<Bar> bars, String max, int width, int height) {}

    /** One cell of the heat map: its box, the count, and its shade from 0 (none) to 1 (the most). */
    record Cell(double x, double y, double size, long count, double shade) {}

    record HeatMap(List<String> rows, List<String> columns, List<Cell> cells, double cellSize, int width, int height) {}

    /**
     * Bars for {@code values}; {@code labels} under them, one in {@code every} shown (a month of days stays readable).
     */
    static BarChart bars(List<String> labels, List<Long> values, List<String> shown, int every) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, values.size());
        double slot = (double) WIDTH / n;
        double width = Math.max(1, slot * 0.7);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double height = (HEIGHT - AXIS) * values.get(i) / (double) max;
            bars.add(new Bar(
                    round(i * slot + (slot - width) / 2),
                    round(HEIGHT - AXIS - height),
                    round(width),
                    round(height),
                    labels.get(i),
                    shown.get(i),
                    i % Math.max(1, every) == 0));
        }
        return new BarChart(List.copyOf(bars), Long.toString(max), WIDTH, HEIGHT);
    }

    /** A heat map of {@code counts[row][column]}. */
    static HeatMap heatMap(List<String> rows, List<String> columns, long[][] counts) {
        long max = 1;
        for (long[] row : counts) {
            for (long c : row) {
                max = Math.max(max, c);
            }
        }
        double size = 46;
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                long count = counts[r][c];
                cells.add(new Cell(c * size, r * size, size - 2, count, round(count / (double) max)));
            }
        }
        return new HeatMap(
                rows, columns, List.copyOf(cells), size, (int) (columns.size() * size), (int) (rows.size() * size));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
