package org.agorahub.search.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What an admin checks to see whether the search index is complete.
 *
 * @param inDatabase items that should be indexed: every document not in the trash and every thread not deleted
 * @param inIndex documents and threads the index holds
 * @param sizeBytes size of the index on this node's disk, or null when the backend cannot tell (a remote index)
 * @param lastRebuild the most recent rebuild that ended, or null when there was none
 */
public record IndexHealth(long inDatabase, long inIndex, Long sizeBytes, LastRebuild lastRebuild) {

    /** True when the index holds as many documents as the database says it should. */
    public boolean complete() {
        return inIndex == inDatabase;
    }

    /**
     * A rebuild that ended, as the audit log recorded it.
     *
     * @param startedBy id of who started it, null when the application did at start-up
     * @param startedByName their name, null when the application did
     * @param took null when the start of the rebuild is no longer in the audit log's recent entries
     * @param detail what it indexed ("275 documents") or why it failed
     */
    public record LastRebuild(
            Instant finishedAt,
            Long startedBy,
            String startedByName,
            Duration took,
            boolean succeeded,
            String detail) {}
}
