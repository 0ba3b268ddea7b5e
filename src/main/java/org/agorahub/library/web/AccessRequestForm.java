package org.agorahub.library.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.domain.AccessRequestService;

/** Asking a library's managers for access: the role wanted and an optional message to them. */
record AccessRequestForm(
        @NotNull(message = "{library.access.role.required}") LibraryRole role,

        @Size(max = AccessRequestService.MESSAGE_LENGTH, message = "{library.access.message.tooLong}") String message) {

    static AccessRequestForm blank(java.util.List<LibraryRole> askable) {
        return new AccessRequestForm(askable.isEmpty() ? null : askable.get(askable.size() - 1), "");
    }
}
