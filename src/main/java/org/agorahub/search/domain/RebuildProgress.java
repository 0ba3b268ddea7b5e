package org.agorahub.search.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the running index rebuild got.
 *
 * @param startedBy who started it, or null when the application did (an empty index at start-up)
 * @param total documents the rebuild will read, 0 until the mass indexer has counted them
 * @param timeLeft estimated from the rate so far; null until the first documents are indexed
 */
public record RebuildProgress(
        Long startedBy, Instant startedAt, long indexed, long total, Duration elapsed, Duration timeLeft) {

    /** Progress from the counts so far; the time left is the rate so far applied to what is left. */
    static RebuildProgress of(Long startedBy, Instant startedAt, long indexed, long total, Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        Duration left = null;
        if (indexed > 0 && total >= indexed) {
            // rough, but honest about being an estimate
            left = Duration.ofMillis(Math.round((double) elapsed.toMillis() * (total - indexed) / indexed));
        }
        return new RebuildProgress(startedBy, startedAt, indexed, total, elapsed, left);
    }

    /** Indexed so far, never above the total (documents added while the rebuild runs can push it past). */
    public long shownIndexed() {
        return total > 0 ? Math.min(indexed, total) : indexed;
    }
}
