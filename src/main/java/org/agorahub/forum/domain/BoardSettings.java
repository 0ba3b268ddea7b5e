package org.agorahub.forum.domain;

import java.util.List;
import org.agorahub.people.Visibility;

/**
 * A board's settings as its settings form starts with them: the named people by email address, and whether the
 * person may change the owning department and visibility too ({@link ForumPolicy#canChangeOwnership}).
 */
public record BoardSettings(
        long id,
        String name,
        String description,
        Long departmentId,
        Visibility visibility,
        List<String> memberEmails,
        List<String> moderatorEmails,
        boolean canChangeOwnership) {}
