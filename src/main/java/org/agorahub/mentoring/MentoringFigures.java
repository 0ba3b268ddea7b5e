package org.agorahub.mentoring;

/**
 * Mentoring in some departments over a period, for dashboards: mentorships whose mentee or mentor is in them.
 *
 * @param active mentorships active at the end of the period
 * @param started mentorships started in the period
 * @param crossDepartment of those started, the ones whose mentor and mentee are in different departments
 * @param completed mentorships completed in the period
 * @param overdue mentorships still active past their end date at the end of the period
 * @param ratings feedback ratings given in the period
 * @param averageRating their average (1–5), or null when there are none
 */
public record MentoringFigures(
        int active, int started, int crossDepartment, int completed, int overdue, int ratings, Double averageRating) {

    /** Completed as a share of those that finished or should have: completed ÷ (completed + overdue). */
    public Double completionRate() {
        return completed + overdue == 0 ? null : (double) completed / (completed + overdue);
    }
}
