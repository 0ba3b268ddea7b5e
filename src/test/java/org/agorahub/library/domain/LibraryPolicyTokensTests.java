package org.agorahub.library.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Search trims with tokens; pages decide with {@link LibraryPolicy#canReadDocument}. The two must agree for every
 * kind of library, classification and person, or search would leak (or hide) documents.
 */
class LibraryPolicyTokensTests {

    static final long LIBRARY = 7;
    static final long OWNING_DEPARTMENT = 1;
    static final long OTHER_DEPARTMENT = 2;

    final LibraryPolicy policy = new LibraryPolicy(new AccessPolicy());

    @Test
    void tokenMatchIsExactlyCanReadDocumentForEveryCombination() {
        int checked = 0;
        for (Visibility visibility : Visibility.values()) {
            for (Long libraryDepartment : new Long[] {OWNING_DEPARTMENT, null}) {
                for (Classification classification : Classification.values()) {
                    for (LibraryRole namedRole : roles()) {
                        for (Long userDepartment : new Long[] {OWNING_DEPARTMENT, OTHER_DEPARTMENT, null}) {
                            for (Set<Role> roles : roleSets()) {
                                for (Long userId : new Long[] {100L, null}) {
                                    Map<Long, LibraryRole> members = new HashMap<>();
                                    members.put(999L, LibraryRole.MANAGER);
                                    if (namedRole != null && userId != null) {
                                        members.put(userId, namedRole);
                                    }
                                    LibraryAccess library =
                                            new LibraryAccess(LIBRARY, "L", libraryDepartment, visibility, members);
                                    CurrentUser user = new CurrentUser(userId, "u@x", "U", userDepartment, roles);
                                    check(library, classification, user);
                                    checked++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 2 * 2 * 4 * 3 * 4 * 2);
    }

    private void check(LibraryAccess library, Classification classification, CurrentUser user) {
        boolean allowed = policy.canReadDocument(user, library, classification);
        boolean bypass = user.isAdmin() || user.hasRole(Role.CURATOR);
        Set<Long> named = user.id() != null && library.members().containsKey(user.id()) ? Set.of(LIBRARY) : Set.of();
        boolean tokenMatch = bypass
                || !Collections.disjoint(
                        policy.documentTokens(library, classification), policy.readTokens(user, named));
        assertThat(tokenMatch)
                .as(
                        "%s %s dept=%s; user id=%s dept=%s roles=%s",
                        library.visibility(),
                        classification,
                        library.departmentId(),
                        user.id(),
                        user.departmentId(),
                        user.roles())
                .isEqualTo(allowed);
        if (bypass) {
            assertThat(allowed).as("admins and curators read everything").isTrue();
        }
    }

    private static List<LibraryRole> roles() {
        List<LibraryRole> roles = new ArrayList<>(List.of(LibraryRole.values()));
        roles.add(null);
        return roles;
    }

    private static List<Set<Role>> roleSets() {
        return List.of(
                EnumSet.of(Role.MEMBER),
                EnumSet.of(Role.MEMBER, Role.DEPARTMENT_LEAD),
                EnumSet.of(Role.MEMBER, Role.CURATOR),
                EnumSet.of(Role.MEMBER, Role.ADMIN));
    }
}
