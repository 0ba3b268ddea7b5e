package org.agorahub.curation.domain;

import java.util.Collection;
import java.util.List;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.OwnerNotActiveException;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk actions of the verification queue, through the library's own rules: each document is verified, retired or
 * handed over by the library module, which checks the person may verify it and audits it. All of one request or
 * none: a refusal part-way leaves every selected document as it was.
 */
@Service
public class Verification {

    /** The most documents one bulk action takes (a page of the queue is 50). */
    public static final int MAX_SELECTED = 200;

    private final LibraryApi libraries;
    private final PeopleApi people;

    Verification(LibraryApi libraries, PeopleApi people) {
        this.libraries = libraries;
        this.people = people;
    }

    /**
     * @param newOwnerEmail the new owner's email, for {@link BulkAction#REASSIGN}
     * @return how many documents were changed
     * @throws RefusedException when nothing is selected, too much is, or the new owner is unknown or deactivated
     * @throws org.springframework.security.access.AccessDeniedException when one of them may not be verified by
     *     the person (nothing changes)
     */
    @Transactional
    public int apply(CurrentUser user, BulkAction action, Collection<Long> documentIds, String newOwnerEmail) {
        List<Long> ids = documentIds == null
                ? List.of()
                : documentIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new RefusedException("documentIds", "curation.verification.noneSelected");
        }
        if (ids.size() > MAX_SELECTED) {
            throw new RefusedException("documentIds", "curation.verification.tooMany", MAX_SELECTED);
        }
        switch (action) {
            case VERIFY -> ids.forEach(id -> libraries.verify(user, id));
            case MARK_OBSOLETE -> ids.forEach(id -> libraries.markObsolete(user, id));
            case REASSIGN -> {
                PersonSummary owner = newOwner(newOwnerEmail);
                ids.forEach(id -> libraries.handOver(user, id, owner.id()));
            }
            default -> throw new IllegalStateException("unknown action " + action);
        }
        return ids.size();
    }

    private PersonSummary newOwner(String email) {
        if (email == null || email.isBlank()) {
            throw new RefusedException("newOwner", "curation.verification.owner.required");
        }
        PersonSummary owner = people.findByEmail(email.strip())
                .orElseThrow(
                        () -> new RefusedException("newOwner", "curation.verification.owner.unknown", email.strip()));
        if (!owner.active()) {
            throw new OwnerNotActiveException();
        }
        return owner;
    }

    /** What a bulk action does to each selected document. */
    public enum BulkAction {
        VERIFY,
        MARK_OBSOLETE,
        REASSIGN
    }
}
