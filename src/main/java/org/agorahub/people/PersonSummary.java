package org.agorahub.people;

import java.util.Set;

/** A person as other modules and lists see them; grade (a rank, see {@link PeopleSettings}) and location may be null. */
public record PersonSummary(
        long id,
        String email,
        String displayName,
        String jobTitle,
        long departmentId,
        String departmentName,
        boolean active,
        Set<Role> roles,
        Integer grade,
        String location) {}
