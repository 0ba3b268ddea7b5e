package org.agorahub.library.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.domain.DocumentDetails;
import org.agorahub.library.domain.DocumentView;
import org.agorahub.shared.Tags;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A document's details, on upload (where a blank title means "from the file name") and when editing. Tags come
 * as one comma-separated text.
 */
record DocumentForm(
        @Size(max = 300, message = "{field.tooLong}") String title,
        @Size(max = 4000, message = "{field.tooLong}") String description,
        @Size(max = 1000, message = "{field.tooLong}") String tags,
        Long categoryId,
        @Size(max = 254, message = "{field.tooLong}") String ownerEmail,

        @NotNull(message = "{document.classification.required}") Classification classification,

        @NotNull(message = "{document.status.required}") DocumentStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewBy,
        String changeNote,
        Long version,
        @Size(max = 20, message = "{field.tooLong}") List<String> addTags,
        Long suggestedCategoryId) {

    static DocumentForm blank() {
        return new DocumentForm(
                "", "", "", null, "", Classification.OFFICIAL, DocumentStatus.PUBLISHED, null, "", null, null, null);
    }

    static DocumentForm of(DocumentView document) {
        return new DocumentForm(
                document.title(),
                document.description(),
                String.join(", ", document.tags()),
                document.categoryId(),
                document.ownerEmail(),
                document.classification(),
                document.status(),
                document.reviewBy(),
                "",
                document.version(),
                null,
                null);
    }

    /**
     * The details to save: the typed tags plus the suggested ones ticked, and the suggested category when its box is
     * ticked.
     */
    DocumentDetails details(long ownerId) {
        Set<String> all = new LinkedHashSet<>(Tags.parse(tags));
        if (addTags != null) {
            all.addAll(Tags.parse(String.join(",", addTags)));
        }
        return new DocumentDetails(
                title,
                description,
                all,
                suggestedCategoryId != null ? suggestedCategoryId : categoryId,
                ownerId,
                classification,
                status,
                reviewBy);
    }

    /** Whether a suggested tag is ticked (a form sent back with errors keeps it ticked). */
    public boolean ticked(String tag) {
        return addTags != null && addTags.contains(tag);
    }
}
