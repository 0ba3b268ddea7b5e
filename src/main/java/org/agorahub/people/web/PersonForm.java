package org.agorahub.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;

/** An admin's form for creating or editing an account. The password is only asked for when creating. */
record PersonForm(
        @NotBlank(message = "{person.displayName.required}") @Size(max = 200, message = "{field.tooLong}") String displayName,

        @NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,

        @Size(max = 200, message = "{field.tooLong}") String jobTitle,
        @NotNull(message = "{person.department.required}") Long departmentId,
        Set<Role> roles,
        Boolean active,
        String password,
        Integer grade,
        @Size(max = 100, message = "{field.tooLong}") String location) {

    PersonForm {
        // everyone is a member; the box is shown ticked and disabled, so a browser never sends it
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        if (roles != null) {
            all.addAll(roles);
        }
        roles = all;
    }

    static PersonForm blank() {
        return new PersonForm("", "", "", null, EnumSet.of(Role.MEMBER), true, "", null, "");
    }

    static PersonForm of(PersonSummary person) {
        return new PersonForm(
                person.displayName(),
                person.email(),
                person.jobTitle(),
                person.departmentId(),
                person.roles(),
                person.active(),
                "",
                person.grade(),
                person.location());
    }

    /** An unticked box sends nothing, so anything but an explicit yes means inactive. */
    boolean isActive() {
        return Boolean.TRUE.equals(active);
    }
}
