package org.agorahub.people.domain;

import java.util.Set;
import org.agorahub.people.Role;

/** An account as sign-in sees it, password hash included; never handed to views. */
public record Account(
        long id,
        String email,
        String displayName,
        long departmentId,
        Set<Role> roles,
        String passwordHash,
        boolean active) {}
