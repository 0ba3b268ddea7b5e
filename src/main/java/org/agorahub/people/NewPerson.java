package org.agorahub.people;

import java.util.Set;

/** What it takes to create an account. The password is the plain one; it is hashed before it is stored. */
public record NewPerson(
        String email,
        String displayName,
        String jobTitle,
        long departmentId,
        Set<Role> roles,
        String password,
        Integer grade,
        String location) {

    public NewPerson(
            String email, String displayName, String jobTitle, long departmentId, Set<Role> roles, String password) {
        this(email, displayName, jobTitle, departmentId, roles, password, null, null);
    }
}
