package org.agorahub.library.domain;

import java.util.List;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.Visibility;

/** A library as its page shows it to one person, with what that person may do there. */
public record LibraryView(
        long id,
        String name,
        String description,
        Long departmentId,
        String departmentName,
        Visibility visibility,
        List<Member> members,
        LibraryRole myRole,
        boolean member,
        long version) {

    public boolean canContribute() {
        return myRole.atLeast(LibraryRole.CONTRIBUTOR);
    }

    public boolean canManage() {
        return myRole == LibraryRole.MANAGER;
    }

    public record Member(long personId, String displayName, LibraryRole role) {}
}
