package org.agorahub.library;

/**
 * How current the documents of some departments' libraries are, now: documents not in the trash and not obsolete,
 * those verified, those whose review date falls in the next 30 days, those past it, and those with an open
 * "outdated" report.
 */
public record DocumentCurrency(long documents, long verified, long dueSoon, long overdue, long reportedOutdated) {

    public double verifiedShare() {
        return documents == 0 ? 0 : (double) verified / documents;
    }
}
