package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.List;
import org.agorahub.forum.ThreadKind;
import org.springframework.data.domain.Page;

/**
 * A thread as its page shows it to one person: the opening post, then the accepted answer (if any), then the
 * other replies in the order they were written, or on a question by score when {@code sortedByVotes}; one
 * {@code page} of them at a time.
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
        boolean sortedByVotes,
        Page<PostView> page) {

    public boolean question() {
        return kind == ThreadKind.QUESTION;
    }

    /** All replies, on every page, including the accepted answer (deleted ones show as such and count). */
    public long replyCount() {
        return otherReplyCount() + (accepted == null ? 0 : 1);
    }

    /** The replies besides the accepted answer, on every page. */
    public long otherReplyCount() {
        return page.getTotalElements();
    }
}
