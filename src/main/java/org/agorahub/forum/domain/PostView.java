package org.agorahub.forum.domain;

import java.time.Instant;

/**
 * A post as the thread page shows it to one person: safe HTML (null once deleted, and null when hidden unless the
 * person moderates the board) and what that person may do with it. {@code vote} is null where there is nothing to vote on (a deleted post, the
 * opening post of a discussion).
 */
public record PostView(
        long id,
        long authorId,
        String authorName,
        boolean opening,
        Instant createdAt,
        Instant editedAt,
        boolean deleted,
        boolean hidden,
        String html,
        boolean accepted,
        boolean canEdit,
        boolean canDelete,
        boolean canAccept,
        boolean canSeeHistory,
        boolean canQuote,
        boolean canFlag,
        boolean flaggedByMe,
        boolean canHide,
        int openFlags,
        VoteView vote) {

    public boolean edited() {
        return editedAt != null;
    }
}
