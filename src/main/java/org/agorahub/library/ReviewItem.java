package org.agorahub.library;

import java.time.LocalDate;

/**
 * A document in the review queue.
 *
 * @param departmentName the library's department, or its owner's when the library has none
 * @param overdue its review date has passed
 * @param openReports "outdated" reports nobody has dealt with yet
 */
public record ReviewItem(
        long documentId,
        String title,
        long libraryId,
        String libraryName,
        String departmentName,
        long ownerId,
        String ownerName,
        boolean ownerActive,
        DocumentStatus status,
        LocalDate reviewBy,
        boolean overdue,
        int openReports) {}
