package org.agorahub.people;

import java.util.List;

/**
 * What a person holds in another module (documents they own, libraries they manage, boards they moderate) that must
 * pass to someone else before they are deactivated. Modules that hold such things implement it as a bean; the
 * people module counts and moves through it, so it needs no dependency on them.
 */
public interface PersonHandOver {

    /** What the person holds here, one entry per kind (leaving out kinds they hold none of). */
    List<Holding> holdings(long personId);

    /**
     * Gives everything the leaver holds here to the successor, auditing each move in the caller's transaction. The
     * caller has checked that the successor is another, active person.
     */
    void handOver(long actorId, long leaverId, long successorId);

    /**
     * @param messageKey the message that names the kind, with the count as its argument (e.g. "3 documents")
     * @param count how many the person holds
     */
    record Holding(String messageKey, long count) {}
}
