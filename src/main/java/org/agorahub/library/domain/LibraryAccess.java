package org.agorahub.library.domain;

import java.util.Map;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.Visibility;

/** What the access rules need to know about a library. */
public record LibraryAccess(
        long id, String name, Long departmentId, Visibility visibility, Map<Long, LibraryRole> members) {

    static LibraryAccess of(Library library) {
        return new LibraryAccess(
                library.getId(),
                library.getName(),
                library.getDepartmentId(),
                library.getVisibility(),
                Map.copyOf(library.getMembers()));
    }
}
