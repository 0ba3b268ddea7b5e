package org.agorahub.mentoring.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in mentoring. Admins and curators start programmes; a programme's organisers (whoever started it,
 * those they named, and admins) run its rounds and read its requests' free text; the people of its audience (its
 * departments and those under them, or everyone) take part. A proposal is seen by its pair and the organisers; a
 * mentorship by its pair, and by the organisers without the check-in notes.
 */
@Component
public class MentoringPolicy {

    private final PeopleApi people;

    MentoringPolicy(PeopleApi people) {
        this.people = people;
    }

    public boolean canStartProgrammes(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    public boolean organises(CurrentUser user, Programme programme) {
        return user.isAdmin() || (user.id() != null && programme.organiserIds().contains(user.id()));
    }

    /** Whether the person belongs to the programme's audience, so may offer or ask. */
    public boolean inAudience(CurrentUser user, Programme programme) {
        return inAudience(departmentsOf(user), programme);
    }

    /** The programme's page: its audience and its organisers. */
    public boolean canSee(CurrentUser user, Programme programme) {
        return canSee(user, departmentsOf(user), programme);
    }

    /**
     * As {@link #canSee(CurrentUser, Programme)}, with the person's {@link #departmentsOf departments} worked out once
     * for a whole list of programmes.
     */
    boolean canSee(CurrentUser user, Set<Long> departments, Programme programme) {
        return organises(user, programme) || inAudience(departments, programme);
    }

    /** The person's department and every department above it: the audiences they belong to. */
    Set<Long> departmentsOf(CurrentUser user) {
        return user.departmentId() == null ? Set.of() : withAncestors(user.departmentId());
    }

    private static boolean inAudience(Set<Long> departments, Programme programme) {
        return programme.organisationWide() || departments.stream().anyMatch(programme.departmentIds()::contains);
    }

    public boolean isPair(CurrentUser user, long menteeId, long mentorId) {
        return user.id() != null && (Objects.equals(user.id(), menteeId) || Objects.equals(user.id(), mentorId));
    }

    private Set<Long> withAncestors(long departmentId) {
        Map<Long, Long> parents = new HashMap<>();
        for (DepartmentSummary department : people.departments()) {
            parents.put(department.id(), department.parentId());
        }
        Set<Long> chain = new HashSet<>();
        Long current = departmentId;
        while (current != null && chain.add(current)) {
            current = parents.get(current);
        }
        return chain;
    }
}
