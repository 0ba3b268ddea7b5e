package org.agorahub.library.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agorahub.library.domain.LibrarySettings;
import org.agorahub.library.domain.LibraryView;
import org.agorahub.people.Visibility;

/** Creating a library or changing its settings. {@code version} guards against overwriting someone's change. */
record LibraryForm(
        @NotBlank(message = "{library.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,

        @Size(max = 4000, message = "{field.tooLong}") String description,
        Long departmentId,
        @NotNull(message = "{library.visibility.required}") Visibility visibility,
        Long version) {

    static LibraryForm blank(Long departmentId) {
        return new LibraryForm("", "", departmentId, Visibility.ORGANISATION, null);
    }

    static LibraryForm of(LibraryView library) {
        return new LibraryForm(
                library.name(), library.description(), library.departmentId(), library.visibility(), library.version());
    }

    LibrarySettings settings() {
        return new LibrarySettings(name, description, departmentId, visibility);
    }
}
