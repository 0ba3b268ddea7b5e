package org.agorahub.people;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person as controllers and services see them. Controllers take it as a method parameter;
 * {@code id} and {@code departmentId} are null only for principals that are not Agora accounts. Serializable: it is
 * the session's principal, and sessions live in PostgreSQL.
 */
public record CurrentUser(Long id, String email, String displayName, Long departmentId, Set<Role> roles)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CurrentUser {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }
}
