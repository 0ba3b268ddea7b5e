package org.agorahub.insights.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agorahub.insights.domain.KmPractice;
import org.agorahub.insights.domain.SurveyRoundResult;

/**
 * A line chart of each practice's average over the rounds whose figures are shown, drawn as SVG on the server: no
 * script, and the same figures are in the table beside it.
 */
record SurveyChart(int width, int height, List<Tick> ticks, List<Tick> rounds, List<Series> series) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 20;
    private static final int TOP = 15;
    private static final int BOTTOM = 35;
    /** Colours told apart with common colour-vision deficiencies (Okabe and Ito). */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** A label on an axis, at its position in the drawing. */
    record Tick(int position, String label) {}

    record Point(int x, int y) {}

    /** One practice's line, with its number (for the legend) and colour. */
    record Series(int practice, String colour, String points, List<Point> dots) {}

    /** The chart of the shown rounds, or null when no round's figures are shown. */
    static SurveyChart of(List<SurveyRoundResult> results) {
        List<SurveyRoundResult> shown =
                results.stream().filter(SurveyRoundResult::shown).toList();
        if (shown.isEmpty()) {
            return null;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = KmPractice.LOWEST; value <= KmPractice.HIGHEST; value++) {
            ticks.add(new Tick(y(value), String.valueOf(value)));
        }
        List<Tick> rounds = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            rounds.add(new Tick(x(i, shown.size()), DAY.format(shown.get(i).sentOn())));
        }
        List<Series> series = new ArrayList<>();
        for (KmPractice practice : KmPractice.values()) {
            List<Point> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < shown.size(); i++) {
                Point dot =
                        new Point(x(i, shown.size()), y(shown.get(i).averages().get(practice.ordinal())));
                dots.add(dot);
                points.append(points.isEmpty() ? "" : " ")
                        .append(dot.x())
                        .append(',')
                        .append(dot.y());
            }
            series.add(new Series(practice.number(), COLOURS[practice.ordinal()], points.toString(), dots));
        }
        return new SurveyChart(WIDTH, HEIGHT, ticks, rounds, series);
    }

    private static int x(int index, int count) {
        int plot = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + plot / 2 : LEFT + Math.round((float) plot * index / (count - 1));
    }

    private static int y(double value) {
        int plot = HEIGHT - TOP - BOTTOM;
        double share = (value - KmPractice.LOWEST) / (KmPractice.HIGHEST - KmPractice.LOWEST);
        return (int) Math.round(TOP + plot * (1 - share));
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }
}
