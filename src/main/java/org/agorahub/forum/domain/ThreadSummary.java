package org.agorahub.forum.domain;

import java.time.Instant;
import org.agorahub.forum.ThreadKind;

/** A thread in a board's list or the unanswered list. */
public record ThreadSummary(
        long id,
        long boardId,
        String boardName,
        ThreadKind kind,
        String title,
        long authorId,
        String authorName,
        Instant createdAt,
        Instant lastActivityAt,
        int replyCount,
        boolean answered,
        boolean locked,
        boolean pinned) {

    public boolean question() {
        return kind == ThreadKind.QUESTION;
    }
}
