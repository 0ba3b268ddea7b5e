package org.agorahub.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-password form. Passwords are never echoed back into the page. */
record PasswordForm(
        @NotBlank(message = "{account.password.current.required}") String currentPassword,

        @NotBlank(message = "{account.password.new.required}") @Size(min = 12, max = 200, message = "{account.password.new.length}") String newPassword,

        String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean confirmationMatches() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }
}
