package org.agorahub.library.domain;

import java.time.Instant;

/** A line of a document's history. */
public record VersionSummary(
        long id,
        int number,
        String fileName,
        String fileKind,
        long size,
        String changeNote,
        long createdBy,
        Instant createdAt,
        String extractionStatus) {

    /** The size as people read it: "820 bytes", "45 KB", "3.2 MB". */
    public String sizeLabel() {
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
