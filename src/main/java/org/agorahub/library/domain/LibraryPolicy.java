package org.agorahub.library.domain;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.springframework.stereotype.Component;

/**
 * The library part of the access policy. A person's role in a library is the highest of:
 *
 * <ul>
 *   <li>MANAGER for curators and admins (they may manage any library);
 *   <li>their named membership role;
 *   <li>CONTRIBUTOR for members of the owning department, unless the library is restricted to named people;
 *   <li>READER for everyone when the library is open to the whole organisation.
 * </ul>
 *
 * No role means the library does not exist as far as that person is concerned (pages answer 404). Sensitive
 * documents are for library members only: named members, owning-department members, curators and admins.
 */
@Component
public class LibraryPolicy {

    private final AccessPolicy access;

    LibraryPolicy(AccessPolicy access) {
        this.access = access;
    }

    public Optional<LibraryRole> roleOf(CurrentUser user, LibraryAccess library) {
        if (user.isAdmin() || user.hasRole(Role.CURATOR)) {
            return Optional.of(LibraryRole.MANAGER);
        }
        LibraryRole role = user.id() == null ? null : library.members().get(user.id());
        if (library.visibility() != Visibility.RESTRICTED && inOwningDepartment(user, library)) {
            role = max(role, LibraryRole.CONTRIBUTOR);
        }
        if (library.visibility() == Visibility.ORGANISATION) {
            role = max(role, LibraryRole.READER);
        }
        return Optional.ofNullable(role);
    }

    public boolean canRead(CurrentUser user, LibraryAccess library) {
        return roleOf(user, library).isPresent();
    }

    public boolean canContribute(CurrentUser user, LibraryAccess library) {
        return roleOf(user, library)
                .map(r -> r.atLeast(LibraryRole.CONTRIBUTOR))
                .orElse(false);
    }

    public boolean canManage(CurrentUser user, LibraryAccess library) {
        return roleOf(user, library).map(r -> r == LibraryRole.MANAGER).orElse(false);
    }

    /** Curators and library managers verify documents. */
    public boolean canVerify(CurrentUser user, LibraryAccess library) {
        return canManage(user, library);
    }

    /**
     * Whether a document may go from one status to another in this person's hands: only those who verify may
     * make a document VERIFIED (keeping an already verified one as it is is fine).
     */
    public void checkStatusChange(CurrentUser user, LibraryAccess library, DocumentStatus from, DocumentStatus to) {
        if (to == DocumentStatus.VERIFIED && from != DocumentStatus.VERIFIED && !canVerify(user, library)) {
            throw new VerificationNotAllowedException();
        }
    }

    /** Member of the library in the sense that matters for sensitive documents. */
    public boolean isMember(CurrentUser user, LibraryAccess library) {
        if (user.isAdmin() || user.hasRole(Role.CURATOR)) {
            return true;
        }
        return (user.id() != null && library.members().containsKey(user.id()))
                || (library.visibility() != Visibility.RESTRICTED && inOwningDepartment(user, library));
    }

    /**
     * Whether the person already has what a named membership with this role would give them: for READER, being a
     * member (named or of the owning department, so that documents for members only open); for CONTRIBUTOR,
     * contributing; for MANAGER, managing. What is left to ask for is what this answers false for.
     */
    public boolean hasAccess(CurrentUser user, LibraryAccess library, LibraryRole role) {
        switch (role) {
            case READER:
                return canRead(user, library) && isMember(user, library);
            case CONTRIBUTOR:
                return canContribute(user, library);
            default:
                return canManage(user, library);
        }
    }

    public boolean canReadDocument(CurrentUser user, LibraryAccess library, Classification classification) {
        return canRead(user, library) && (!classification.sensitive() || isMember(user, library));
    }

    /**
     * Index tokens of who may read a document, matching {@link #readTokens(CurrentUser, Set)}: search trimming
     * uses these, so they must agree with {@link #canReadDocument}. Admins and curators bypass trimming.
     */
    public Set<String> documentTokens(LibraryAccess library, Classification classification) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(libraryToken(library.id()));
        boolean departmentMembersRead = library.visibility() != Visibility.RESTRICTED && library.departmentId() != null;
        if (departmentMembersRead) {
            tokens.add(AccessPolicy.departmentToken(library.departmentId()));
        }
        if (library.visibility() == Visibility.ORGANISATION && !classification.sensitive()) {
            tokens.add(AccessPolicy.ORGANISATION_TOKEN);
        }
        return tokens;
    }

    /** The user's read tokens plus one per library they are a named member of. */
    public Set<String> readTokens(CurrentUser user, Set<Long> memberOfLibraries) {
        Set<String> tokens = new LinkedHashSet<>(access.readTokens(user));
        memberOfLibraries.forEach(id -> tokens.add(libraryToken(id)));
        return tokens;
    }

    static String libraryToken(long libraryId) {
        return "lib:" + libraryId;
    }

    private static boolean inOwningDepartment(CurrentUser user, LibraryAccess library) {
        return library.departmentId() != null && Objects.equals(library.departmentId(), user.departmentId());
    }

    private static LibraryRole max(LibraryRole a, LibraryRole b) {
        return a == null ? b : (a.atLeast(b) ? a : b);
    }
}
