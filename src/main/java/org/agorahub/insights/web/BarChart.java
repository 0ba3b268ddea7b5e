package org.agorahub.insights.web;

import java.util.List;

/**
 * A stacked bar chart drawn on the server as SVG coordinates, so it needs no script and no CDN. The page shows the
 * same numbers in a table next to it, which is the chart's accessible form; the SVG itself is hidden from assistive
 * technology.
 *
 * @param bars one bar a column, its stacked segments bottom up
 * @param max the value the top of the chart stands for
 */
record BarChart(List<Bar> bars, long max, int width, int height) {

    static final int HEIGHT = 160;
    static final int BAR_WIDTH = 14;
    static final int GAP = 6;

    record Bar(String label, double x, List<Segment> segments) {}

    record Segment(double y, double height, String cssClass) {}

    /** Bars from rows of segment values (each row one bar, values in the order of {@code classes}). */
    static BarChart of(List<String> labels, List<long[]> rows, List<String> classes) {
        long max = 1;
        for (long[] row : rows) {
            long sum = 0;
            for (long v : row) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double y = HEIGHT;
            List<Segment> segments = new java.util.ArrayList<>();
            for (int s = 0; s < rows.get(i).length; s++) {
                double h = HEIGHT * (double) rows.get(i)[s] / max;
                y -= h;
                segments.add(new Segment(y, h, classes.get(s)));
            }
            bars.add(new Bar(labels.get(i), i * (BAR_WIDTH + GAP), segments));
        }
        return new BarChart(bars, max, Math.max(1, rows.size()) * (BAR_WIDTH + GAP), HEIGHT);
    }
}
