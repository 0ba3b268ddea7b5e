package org.agorahub.library;

/**
 * How many documents wait for those who verify them, counting only libraries the person may verify in.
 *
 * @param waiting every document in the review queue (each counted once, whatever its reasons)
 * @param overdue of those, documents whose review date has passed
 * @param dueSoon of those, documents not yet overdue but due for review within {@link #DUE_WITHIN_DAYS} days or
 *     marked for review
 * @param reportedOutdated of those, documents with an open "outdated" report
 */
public record ReviewCounts(long waiting, long overdue, long dueSoon, long reportedOutdated) {

    /** How far ahead a review date puts a document in the queue. */
    public static final int DUE_WITHIN_DAYS = 30;
}
