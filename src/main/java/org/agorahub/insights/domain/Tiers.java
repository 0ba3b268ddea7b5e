package org.agorahub.insights.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which rows of a day-and-month aggregate make up a period: the months it covers whole from the monthly rows, the
 * days before the first and after the last whole month from the daily rows.
 *
 * @param firstMonth the first day of the first whole month
 * @param afterLastMonth the day after the last whole month (equal to firstMonth when there is no whole month)
 */
record Tiers(String name, LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate afterLastMonth) {

    /** The period from {@code from} to {@code to}, both included; {@code name} prefixes its query parameters. */
    static Tiers of(String name, LocalDate from, LocalDate to) {
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
        if (!firstMonth.isBefore(afterLastMonth)) {
            // no whole month: every day from the daily rows
            firstMonth = to.plusDays(1);
            afterLastMonth = firstMonth;
        }
        return new Tiers(name, from, to, firstMonth, afterLastMonth);
    }

    /** The condition on the table's {@code monthly} and {@code day} columns. */
    String rows() {
        return ("((monthly and day >= :%1$sFirstMonth and day < :%1$sAfterLastMonth) or (not monthly and"
                        + " ((day >= :%1$sFrom and day < :%1$sFirstMonth) or (day >= :%1$sAfterLastMonth and day <="
                        + " :%1$sTo))))")
                .formatted(name);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement
                .param(name + "From", from)
                .param(name + "To", to)
                .param(name + "FirstMonth", firstMonth)
                .param(name + "AfterLastMonth", afterLastMonth);
    }
}
