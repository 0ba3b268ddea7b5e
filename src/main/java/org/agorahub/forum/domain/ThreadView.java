package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.List;
import org.agorahub.forum.ThreadKind;

/**
 * A thread as its page shows it to one person: the opening post, then the accepted answer (if any), then the
 * other replies in the order they were written, or on a question by score when {@code sortedByVotes}.
 */
public record ThreadView(
        long id,
        long boardId,
        String boardName,
        ThreadKind kind,
        String title,
        List<String> tags,
        long authorId,
        String authorName,
        Instant createdAt,
        boolean locked,
        String lockReason,
        boolean pinned,
        PostView opening,
        PostView accepted,
        List<PostView> replies,
        boolean canReply,
        boolean canModerate,
        boolean sortedByVotes) {

    public boolean question() {
        return kind == ThreadKind.QUESTION;
    }

    public int replyCount() {
        return replies.size() + (accepted == null ? 0 : 1);
    }
}
