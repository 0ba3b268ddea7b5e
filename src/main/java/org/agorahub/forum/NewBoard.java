package org.agorahub.forum;

import java.util.Set;
import org.agorahub.people.Visibility;

/**
 * What it takes to create a board. {@code departmentId} is null for an organisation-wide or community board;
 * members are the named people of a restricted board (anyone may be named on other boards too); moderators may
 * also hide, delete and lock. The creator always moderates the board they create.
 */
public record NewBoard(
        String name,
        String description,
        Long departmentId,
        Visibility visibility,
        Set<Long> memberIds,
        Set<Long> moderatorIds) {

    public NewBoard {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
        moderatorIds = moderatorIds == null ? Set.of() : Set.copyOf(moderatorIds);
    }
}
