package org.agorahub.curation.web;

import java.time.LocalDate;
import org.agorahub.library.ReviewQueueFilter;
import org.agorahub.library.ReviewQueueFilter.ReviewReason;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The verification queue's filters, from the query string; empty ones mean any. */
record QueueFilterForm(
        ReviewReason reason,
        Long library,
        Long department,
        Long owner,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {

    static QueueFilterForm none() {
        return new QueueFilterForm(null, null, null, null, null);
    }

    ReviewQueueFilter toFilter() {
        return new ReviewQueueFilter(reason, library, department, owner, dueBy);
    }

    /** The queue's address with these filters, for links and redirects. */
    String link() {
        return UriComponentsBuilder.fromPath("/admin/verification")
                .queryParamIfPresent("reason", java.util.Optional.ofNullable(reason))
                .queryParamIfPresent("library", java.util.Optional.ofNullable(library))
                .queryParamIfPresent("department", java.util.Optional.ofNullable(department))
                .queryParamIfPresent("owner", java.util.Optional.ofNullable(owner))
                .queryParamIfPresent("dueBy", java.util.Optional.ofNullable(dueBy))
                .build()
                .toUriString();
    }
}
