package org.agorahub.library.domain;

import java.time.Instant;
import org.agorahub.library.LibraryRole;

/**
 * A request for access to a library as the pages show it: who asked, for what, and (once answered) who answered,
 * when, with which role or reason.
 */
public record AccessRequestView(
        long id,
        long libraryId,
        String libraryName,
        long personId,
        String personName,
        String personEmail,
        boolean personActive,
        LibraryRole role,
        String message,
        AccessRequestStatus status,
        Instant requestedAt,
        String decidedByName,
        Instant decidedAt,
        LibraryRole grantedRole,
        String declineReason) {

    public boolean pending() {
        return status == AccessRequestStatus.PENDING;
    }

    public boolean declined() {
        return status == AccessRequestStatus.DECLINED;
    }
}
