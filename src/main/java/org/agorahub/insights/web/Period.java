package org.agorahub.insights.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The period a dashboard covers, from what was typed: the last 90 days by default; an end in the future is brought back
 * to today; a start after the end, a period over {@value #MAX_YEARS} years or an unreadable date is refused with a
 * message (the page then shows the default period).
 */
record Period(LocalDate from, LocalDate to, String problem) {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_YEARS = 3;

    static Period of(String fromText, String toText, LocalDate today) {
        LocalDate defaultFrom = today.minusDays(DEFAULT_DAYS - 1L);
        LocalDate from;
        LocalDate to;
        try {
            from = blank(fromText) ? defaultFrom : LocalDate.parse(fromText.strip());
            to = blank(toText) ? today : LocalDate.parse(toText.strip());
        } catch (DateTimeParseException e) {
            return new Period(defaultFrom, today, "dashboard.period.unreadable");
        }
        if (to.isAfter(today)) {
            to = today;
        }
        if (from.isAfter(to)) {
            return new Period(defaultFrom, today, "dashboard.period.inverted");
        }
        if (ChronoUnit.DAYS.between(from, to) > 366L * MAX_YEARS) {
            return new Period(defaultFrom, today, "dashboard.period.tooLong");
        }
        return new Period(from, to, null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
