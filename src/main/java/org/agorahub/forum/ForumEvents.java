package org.agorahub.forum;

import java.time.Instant;

/**
 * What happens in the forums, for notifications, expertise and insights. Published in the transaction of the
 * change and delivered through Spring Modulith's event publication registry, so a listener that fails is retried.
 */
public final class ForumEvents {

    private ForumEvents() {}

    /** A new thread of either kind, with its opening post. */
    public record ThreadStarted(
            long threadId, long boardId, long authorId, ThreadKind kind, long openingPostId, Instant startedAt) {}

    /** A new question thread (published together with its {@link ThreadStarted}). */
    public record QuestionAsked(long threadId, long boardId, long askerId, Instant askedAt) {}

    /**
     * A reply to a thread. {@code firstReplyBySomeoneElse} is true for the first reply by anyone other than the
     * thread's author: the moment that counts as "first answer" for response times.
     */
    public record ReplyPosted(
            long postId,
            long threadId,
            long boardId,
            long authorId,
            long threadAuthorId,
            boolean firstReplyBySomeoneElse,
            Instant postedAt) {}

    /** A reply was marked as the accepted answer to a question (also when the accepted answer changes). */
    public record AnswerAccepted(
            long threadId, long postId, long boardId, long acceptedBy, long answerAuthorId, Instant acceptedAt) {}

    /**
     * Someone voted on a post, changed their vote or took it back. {@code value} is the vote now in force: +1 (up),
     * -1 (down) or 0 (taken back); {@code postAuthorId} is whose post it is, for expertise evidence.
     */
    public record PostVoted(
            long postId,
            long threadId,
            long boardId,
            long voterId,
            long postAuthorId,
            int value,
            int score,
            Instant votedAt) {}
}
