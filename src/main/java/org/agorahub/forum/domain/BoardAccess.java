package org.agorahub.forum.domain;

import java.util.Map;
import org.agorahub.people.Visibility;

/** What the access rules need to know about a board. */
public record BoardAccess(
        long id, String name, Long departmentId, Visibility visibility, Map<Long, BoardRole> members) {

    static BoardAccess of(Board board) {
        return new BoardAccess(
                board.getId(),
                board.getName(),
                board.getDepartmentId(),
                board.getVisibility(),
                Map.copyOf(board.getMembers()));
    }
}
