package org.agorahub.library.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;

/** A document in a library's list. */
public record DocumentSummary(
        long id,
        String title,
        String kind,
        String fileKind,
        Classification classification,
        DocumentStatus status,
        LocalDate reviewBy,
        String ownerName,
        Instant updatedAt,
        String tags) {

    public boolean page() {
        return "PAGE".equals(kind);
    }
}
