package org.agorahub.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for an aggregate table whose rows come by day and by month: each count added for a day also goes to its
 * month's row (keyed by the month's first day), so a period reads its whole months from few rows.
 */
final class Tally {

    private final Map<List<Object>, Double> counts = new HashMap<>();

    /**
     * Adds a count for the day under the key (the columns before {@code monthly, day}; a department may be null for
     * the whole organisation).
     */
    void add(LocalDate day, double count, Object... key) {
        counts.merge(cell(key, false, day), count, Double::sum);
        counts.merge(cell(key, true, day.withDayOfMonth(1)), count, Double::sum);
    }

    /** The rows: the key's columns, then monthly, day and the count (whole numbers as longs). */
    List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>(counts.size());
        counts.forEach((cell, count) -> {
            Object[] row = Arrays.copyOf(cell.toArray(), cell.size() + 1);
            row[cell.size()] = count == Math.rint(count) ? (Object) (long) (double) count : count;
            rows.add(row);
        });
        return rows;
    }

    private static List<Object> cell(Object[] key, boolean monthly, LocalDate day) {
        Object[] cell = Arrays.copyOf(key, key.length + 2);
        cell[key.length] = monthly;
        cell[key.length + 1] = day;
        return Arrays.asList(cell); // allows the null of the organisation's rows, unlike List.of
    }
}
