package org.agorahub.people;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may read something. The same value gives the keyword tokens stored with indexed items, so that search
 * trimming and page access can never disagree (see {@link AccessPolicy#readTokens(CurrentUser)}).
 */
public record Audience(Visibility visibility, Long departmentId, Set<Long> memberIds) {

    public Audience {
        Objects.requireNonNull(visibility, "visibility");
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
        if (visibility == Visibility.DEPARTMENT && departmentId == null) {
            throw new IllegalArgumentException("a department audience needs a department");
        }
    }

    public static Audience organisation() {
        return new Audience(Visibility.ORGANISATION, null, Set.of());
    }

    public static Audience department(long departmentId) {
        return new Audience(Visibility.DEPARTMENT, departmentId, Set.of());
    }

    public static Audience members(Set<Long> memberIds) {
        return new Audience(Visibility.RESTRICTED, null, memberIds);
    }

    /** Tokens of this audience; a reader matches when one of their tokens is among them. */
    public Set<String> readTokens() {
        return switch (visibility) {
            case ORGANISATION -> Set.of(AccessPolicy.ORGANISATION_TOKEN);
            case DEPARTMENT -> Set.of(AccessPolicy.departmentToken(departmentId));
            case RESTRICTED -> {
                Set<String> tokens = new LinkedHashSet<>();
                memberIds.forEach(id -> tokens.add(AccessPolicy.personToken(id)));
                yield tokens;
            }
        };
    }
}
