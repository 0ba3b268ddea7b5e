package org.agorahub.library;

import java.time.LocalDate;

/**
 * Which documents of the review queue to list; null means any.
 *
 * @param reason why a document is in the queue: {@link ReviewReason}, null for every reason
 * @param departmentId the library's department, or its owner's when the library has none
 * @param dueBy documents whose review date is on or before this day
 */
public record ReviewQueueFilter(ReviewReason reason, Long libraryId, Long departmentId, Long ownerId, LocalDate dueBy) {

    public static ReviewQueueFilter all() {
        return new ReviewQueueFilter(null, null, null, null, null);
    }

    /** Why a document waits in the review queue. */
    public enum ReviewReason {
        /** Its review date has passed. */
        OVERDUE,
        /**
         * Not overdue, but its review date is within the next {@link ReviewCounts#DUE_WITHIN_DAYS} days, or it was
         * marked for review.
         */
        DUE,
        /** A reader reported it as outdated and nobody has dealt with it yet. */
        REPORTED
    }
}
