package org.agorahub.insights.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.agorahub.expertise.DepartmentSkillNeed;
import org.agorahub.library.DocumentCurrency;
import org.agorahub.mentoring.MentoringFigures;
import org.agorahub.search.FailedSearch;

/**
 * One dashboard: a scope (a department, with those under it if asked, or the whole organisation) over a period,
 * beside the period of the same length just before it. Figures that could point at a person are null when fewer than
 * {@link DashboardService#SMALL_GROUP} people or items are behind them ("suppressed").
 *
 * @param departmentId the department, or null for the whole organisation
 * @param headcount active people in scope now
 * @param builtAt when the aggregates were last rebuilt (null: never)
 */
public record Dashboard(
        Long departmentId,
        String scopeName,
        boolean includesSubDepartments,
        int headcount,
        LocalDate from,
        LocalDate to,
        LocalDate previousFrom,
        LocalDate previousTo,
        Instant builtAt,
        List<Figure> contributions,
        Integer contributors,
        Integer previousContributors,
        List<Week> weeks,
        Responsiveness responsiveness,
        Responsiveness previousResponsiveness,
        Collaboration collaboration,
        Findability findability,
        Findability previousFindability,
        List<FailedSearch> failedSearches,
        boolean failedSearchesSuppressed,
        Currency currency,
        List<DepartmentSkillNeed> skillGaps,
        Integer skillsHeldByOne,
        MentoringFigures mentoring,
        boolean mentoringRatingSuppressed,
        long documentsUsedByOthers,
        long previousDocumentsUsedByOthers,
        List<Use> documentUse,
        Matrix answerMatrix,
        Matrix useMatrix) {

    /**
     * How current the scope's documents were on the day of the last snapshot (the nightly rebuild) on or before the
     * period's end, beside the one on or before the previous period's end (null when there is none).
     */
    /** The weekly contributions of a scope (null name: the whole organisation), for their CSV. */
    public record Weekly(String scopeName, List<Week> weeks) {}

    public record Currency(LocalDate on, DocumentCurrency now, DocumentCurrency before) {}

    /**
     * Department against department (only on the organisation's dashboard): {@code counts[row][column]} from the row's
     * department to the column's, e.g. questions of the row's department first answered by the column's.
     */
    public record Matrix(List<String> departments, long[][] counts, long max) {

        /** The table, with its largest cell worked out once for the shades. */
        static Matrix of(List<String> departments, long[][] counts) {
            long max = 0;
            for (long[] row : counts) {
                for (long count : row) {
                    max = Math.max(max, count);
                }
            }
            return new Matrix(departments, counts, max);
        }

        /** A cell's shade from 0 (none) to 4 (the most), for the heat map's colours. */
        public int shade(int row, int column) {
            long count = counts[row][column];
            return count == 0 || max == 0 ? 0 : (int) Math.min(4, 1 + (4 * (count - 1)) / max);
        }

        public boolean isEmpty() {
            return departments.isEmpty();
        }
    }

    /**
     * Searches from the search page by people in scope: how many, how many were followed by opening a hit (a success)
     * and how many found nothing. Null when withheld for a small group.
     */
    public record Findability(long searches, long opened, long failed) {

        public Long successPercent() {
            return searches == 0 ? null : Math.round(100.0 * opened / searches);
        }

        public Long failedPercent() {
            return searches == 0 ? null : Math.round(100.0 * failed / searches);
        }
    }

    /** How many times people of a department opened documents of the scope's libraries (or, for the organisation,
     * how many times a department's documents were opened by other departments). */
    public record Use(String departmentName, long views) {}

    /** A count this period and the one before. */
    public record Figure(String key, long current, long previous) {

        /** The change in per cent, or null when there was nothing before. */
        public Long changePercent() {
            return previous == 0 ? null : Math.round(100.0 * (current - previous) / previous);
        }
    }

    /** One week's contributions, for the chart and its table. */
    public record Week(LocalDate start, long documents, long questions, long replies) {

        public long total() {
            return documents + questions + replies;
        }
    }

    /**
     * Questions asked by people in scope: how many, how many got a reply from someone else, median and 90th percentile
     * hours to that first reply and median hours to an accepted answer (null when suppressed or none), and how many
     * are still unanswered after 7 days.
     */
    public record Responsiveness(
            long asked,
            long answered,
            Double medianHoursToFirstReply,
            Double p90HoursToFirstReply,
            Double medianHoursToAccepted,
            long unansweredAfterWeek) {

        public Long answeredPercent() {
            return asked == 0 ? null : Math.round(100.0 * answered / asked);
        }
    }

    /**
     * Answers across department lines: questions of the scope first answered by another department, questions of
     * other departments first answered by the scope, and both per other department.
     */
    public record Collaboration(long answeredByOthers, long answeredForOthers, List<Flow> flows) {}

    public record Flow(String departmentName, long answeredByThem, long answeredForThem) {}

    public boolean empty() {
        return contributions.stream().allMatch(f -> f.current() == 0 && f.previous() == 0)
                && responsiveness.asked() == 0;
    }
}
