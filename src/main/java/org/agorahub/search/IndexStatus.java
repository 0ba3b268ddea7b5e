package org.agorahub.search;

import java.time.Instant;

/**
 * Whether the search index is complete, for admin overviews (the full picture is at Admin → Search index).
 *
 * @param inDatabase documents, threads and people that should be in the index
 * @param inIndex those the index holds
 * @param rebuilding a rebuild is running now
 * @param lastRebuildAt when the last rebuild ended, or null when there was none
 * @param lastRebuildSucceeded whether it ended well (false when there was none)
 */
public record IndexStatus(
        long inDatabase, long inIndex, boolean rebuilding, Instant lastRebuildAt, boolean lastRebuildSucceeded) {

    public boolean complete() {
        return inIndex == inDatabase;
    }
}
