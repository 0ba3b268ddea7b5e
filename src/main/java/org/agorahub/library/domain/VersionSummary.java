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
        String extractionStatus) {}
