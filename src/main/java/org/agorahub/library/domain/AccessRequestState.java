package org.agorahub.library.domain;

import java.util.List;
import org.agorahub.library.LibraryRole;

/**
 * What a person may still ask for in one library, and their latest request there (null when they never asked).
 * Only for libraries the person can see: the existence of the others is never revealed.
 */
public record AccessRequestState(
        long libraryId, String libraryName, List<LibraryRole> askable, AccessRequestView latest) {

    /** Whether the person may send a request now: something is left to ask for and nothing is waiting. */
    public boolean canAsk() {
        return !askable.isEmpty() && !pending();
    }

    public boolean pending() {
        return latest != null && latest.pending();
    }

    /** The latest request was declined (and the person has not got the access some other way since). */
    public boolean declined() {
        return latest != null && latest.declined() && !askable.isEmpty();
    }
}
