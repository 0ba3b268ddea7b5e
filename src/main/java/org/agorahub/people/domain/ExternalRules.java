package org.agorahub.people.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agorahub.people.Role;

/**
 * How one source's groups become Agora roles and who may sign in.
 *
 * @param groupRoles directory group name (any case) → the role it gives; every person is a member besides
 * @param requiredGroup when set, only members of this group may use Agora
 * @param defaultDepartment when set, people whose entry names no department are placed here instead of refused
 */
public record ExternalRules(Map<String, Role> groupRoles, String requiredGroup, String defaultDepartment) {

    public ExternalRules {
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
    }

    boolean allows(Set<String> groups) {
        return requiredGroup == null || requiredGroup.isBlank() || contains(groups, requiredGroup);
    }

    Set<Role> rolesFor(Set<String> groups) {
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        groupRoles.forEach((group, role) -> {
            if (contains(groups, group)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static boolean contains(Set<String> groups, String wanted) {
        String key = wanted.strip().toLowerCase(Locale.ROOT);
        return groups != null
                && groups.stream()
                        .anyMatch(g ->
                                g != null && g.strip().toLowerCase(Locale.ROOT).equals(key));
    }
}
