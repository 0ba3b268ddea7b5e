package org.agorahub.library.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;

/** A document as its page shows it to one person, with what that person may do. */
public record DocumentView(
        long id,
        long libraryId,
        String libraryName,
        boolean page,
        String title,
        String description,
        Set<String> tags,
        Long categoryId,
        String categoryName,
        long ownerId,
        String ownerName,
        String ownerEmail,
        boolean ownerActive,
        Classification classification,
        DocumentStatus status,
        LocalDate reviewBy,
        boolean reviewOverdue,
        String verifiedByName,
        Instant verifiedAt,
        Instant updatedAt,
        boolean trashed,
        VersionSummary current,
        String preview,
        String extractionStatus,
        String extractionProblem,
        String renderedPage,
        List<VersionLine> history,
        int openReports,
        boolean canEdit,
        boolean canVerify,
        boolean canManage,
        long version) {

    /** A history line with the author's name. */
    public record VersionLine(VersionSummary version, String authorName) {}

    public boolean textMissing() {
        return "FAILED".equals(extractionStatus) || "NO_TEXT".equals(extractionStatus);
    }
}
