package org.agorahub.library.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.domain.DocumentDetails;
import org.agorahub.library.domain.DocumentView;
import org.agorahub.shared.Tags;
import org.springframework.format.annotation.DateTimeFormat;

/** Writing or editing a Markdown page; {@code basedOn} is the version the editor started from. */
record PageForm(
        @NotBlank(message = "{document.title.required}") @Size(max = TITLE_LENGTH, message = "{field.tooLong}") String title,

        @Size(max = 4000, message = "{field.tooLong}") String description,

        @NotBlank(message = "{page.body.required}") @Size(max = 500_000, message = "{field.tooLong}") String body,

        @Size(max = 1000, message = "{field.tooLong}") String tags,
        Long categoryId,

        @NotNull(message = "{document.classification.required}") Classification classification,

        @NotNull(message = "{document.status.required}") DocumentStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewBy,
        @Size(max = 500, message = "{field.tooLong}") String changeNote,
        Integer basedOn) {

    /** The longest title, as the validation allows. */
    static final int TITLE_LENGTH = 300;

    static PageForm blank() {
        return new PageForm("", "", "", "", null, Classification.OFFICIAL, DocumentStatus.PUBLISHED, null, "", null);
    }

    /** The same form with this title. */
    PageForm titled(String newTitle) {
        return new PageForm(
                newTitle, description, body, tags, categoryId, classification, status, reviewBy, changeNote, basedOn);
    }

    static PageForm of(DocumentView page, String body) {
        return new PageForm(
                page.title(),
                page.description(),
                body,
                String.join(", ", page.tags()),
                page.categoryId(),
                page.classification(),
                page.status(),
                page.reviewBy(),
                "",
                page.current().number());
    }

    DocumentDetails details(long ownerId) {
        return new DocumentDetails(
                title, description, Tags.parse(tags), categoryId, ownerId, classification, status, reviewBy);
    }
}
