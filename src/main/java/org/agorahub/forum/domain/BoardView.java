package org.agorahub.forum.domain;

import java.util.List;
import org.agorahub.people.Visibility;

/** A board as its page shows it to one person, with what they may do there. */
public record BoardView(
        long id,
        String name,
        String description,
        String departmentName,
        Visibility visibility,
        List<String> moderators,
        boolean canPost,
        boolean canModerate,
        boolean canEditSettings) {}
