package org.agorahub.people;

import java.util.Set;

/** A person as other modules and lists see them. */
public record PersonSummary(
        long id,
        String email,
        String displayName,
        String jobTitle,
        long departmentId,
        String departmentName,
        boolean active,
        Set<Role> roles) {}
