package org.agorahub.library.web;

import jakarta.validation.constraints.NotNull;
import org.agorahub.library.LibraryRole;

/** Approving an access request with a role (the one asked for unless the manager chooses another). */
record ApproveForm(
        @NotNull(message = "{library.member.role.required}") LibraryRole role, String back) {}
