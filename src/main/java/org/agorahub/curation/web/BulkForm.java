package org.agorahub.curation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.agorahub.curation.domain.Verification.BulkAction;
import org.agorahub.library.ReviewQueueFilter.ReviewReason;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A bulk action on the selected documents of the verification queue; the queue's filters ride along so the person
 * lands back on the same view.
 */
record BulkForm(
        List<Long> documentIds,

        @NotNull(message = "{curation.verification.action.required}") BulkAction action,

        String newOwner,
        ReviewReason reason,
        Long library,
        Long department,
        Long owner,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {

    static BulkForm blank() {
        return new BulkForm(List.of(), null, "", null, null, null, null, null);
    }

    QueueFilterForm filters() {
        return new QueueFilterForm(reason, library, department, owner, dueBy);
    }

    public boolean selected(long documentId) {
        return documentIds != null && documentIds.contains(documentId);
    }
}
