package org.agorahub.library.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.agorahub.library.LibraryRole;

/** Adding a named member (or changing their role) by email address. */
record MemberForm(
        @NotBlank(message = "{library.member.email.required}") String email,

        @NotNull(message = "{library.member.role.required}") LibraryRole role) {

    static MemberForm blank() {
        return new MemberForm("", LibraryRole.READER);
    }
}
