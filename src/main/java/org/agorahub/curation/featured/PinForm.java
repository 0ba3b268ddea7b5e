package org.agorahub.curation.featured;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Pinning an item: its address (or its id, with the kind saying what it is), for whom (a department, or everyone when
 * empty) and until when (inclusive; no end when empty).
 */
record PinForm(
        @NotBlank(message = "{featured.reference.blank}") @Size(max = 500, message = "{featured.reference.unrecognised}") String reference,

        @NotNull(message = "{featured.kind.required}") FeaturedKind kind,
        Long departmentId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    static PinForm blank() {
        return new PinForm("", FeaturedKind.DOCUMENT, null, null);
    }
}
