package org.agorahub.people;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that answers "may this person see or do this?". Controllers and services call it; templates
 * only hide what it already forbids. Later modules add their questions here or build on {@link Audience}.
 * Every denial through {@link #require} is logged.
 */
@Service
public class AccessPolicy {

    public static final String ORGANISATION_TOKEN = "org";
    private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);

    public static String departmentToken(long departmentId) {
        return "dept:" + departmentId;
    }

    public static String personToken(long personId) {
        return "user:" + personId;
    }

    /** Tokens the user reads with; an item is readable when its audience shares one of them. */
    public Set<String> readTokens(CurrentUser user) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(ORGANISATION_TOKEN);
        if (user.departmentId() != null) {
            tokens.add(departmentToken(user.departmentId()));
        }
        if (user.id() != null) {
            tokens.add(personToken(user.id()));
        }
        return tokens;
    }

    /** Admins read everything; everyone else reads what their tokens match. */
    public boolean canRead(CurrentUser user, Audience audience) {
        if (user.isAdmin()) {
            return true;
        }
        Set<String> mine = readTokens(user);
        return audience.readTokens().stream().anyMatch(mine::contains);
    }

    public boolean canManageUsers(CurrentUser user) {
        return user.isAdmin();
    }

    /** Profiles of active people are open to every member; deactivated people only to admins. */
    public boolean canViewProfile(CurrentUser viewer, PersonSummary person) {
        return person.active() || viewer.isAdmin() || Objects.equals(viewer.id(), person.id());
    }

    /** Department dashboards: the department's own lead, or an admin. */
    public boolean canLeadDepartment(CurrentUser user, long departmentId) {
        return user.isAdmin()
                || (user.hasRole(Role.DEPARTMENT_LEAD) && Objects.equals(user.departmentId(), departmentId));
    }

    /** Throws {@link AccessDeniedException} (a 403 page) when not allowed, and logs the denial. */
    public void require(boolean allowed, CurrentUser user, String action, Object target) {
        if (!allowed) {
            log.warn("Access denied: user={} action={} target={}", user.id(), action, target);
            throw new AccessDeniedException("Not allowed to " + action);
        }
    }
}
