package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.List;

/**
 * A post in the moderation queue: where it is, a plain-text excerpt (shown escaped), and its open flags, oldest
 * first.
 */
public record FlaggedPost(
        long postId,
        long threadId,
        String threadTitle,
        long boardId,
        String boardName,
        String authorName,
        Instant postedAt,
        String excerpt,
        Instant firstFlaggedAt,
        List<Flag> flags) {

    /** One reader's open flag. */
    public record Flag(FlagReason reason, String note, String flaggedBy, Instant flaggedAt) {}
}
