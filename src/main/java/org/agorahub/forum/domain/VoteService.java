package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.Optional;
import org.agorahub.forum.ForumEvents.PostVoted;
import org.agorahub.forum.ThreadKind;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes on questions and replies: one per person and post, up or down. Voting the same way again takes the vote
 * back; voting the other way changes it. The post's score is kept beside it in the same transaction.
 *
 * <p>Down-votes are allowed, as on most Q&A sites: a wrong answer that is merely not up-voted still looks like a
 * fine one to the next reader.
 */
@Service
@Transactional(readOnly = true)
public class VoteService {

    private final PostRepository posts;
    private final ThreadRepository threads;
    private final ThreadService threadService;
    private final ForumPolicy policy;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    VoteService(
            PostRepository posts,
            ThreadRepository threads,
            ThreadService threadService,
            ForumPolicy policy,
            AccessPolicy access,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.posts = posts;
        this.threads = threads;
        this.threadService = threadService;
        this.policy = policy;
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Votes up (+1) or down (-1) on a post, or takes the vote back when it is the one already given.
     *
     * @return the post's votes as the voter now sees them
     * @throws PostNotFoundException when the person may not see the post
     * @throws ThreadDeletedException when its thread was deleted
     * @throws ForumRefusedException when the post was deleted or hidden, or is the opening post of a discussion
     * @throws org.springframework.security.access.AccessDeniedException on one's own post
     */
    @Transactional
    public VoteView vote(CurrentUser user, long postId, int value) {
        if (value != 1 && value != -1) {
            throw new ForumRefusedException(null, "forum.vote.unknown");
        }
        Post post = posts.findById(postId).orElseThrow(() -> new PostNotFoundException(postId));
        ForumThread thread = threads.findById(post.getThreadId()).orElseThrow(() -> new PostNotFoundException(postId));
        BoardAccess board;
        try {
            board = threadService.visibleBoard(user, thread);
        } catch (ThreadNotFoundException e) {
            throw new PostNotFoundException(postId);
        }
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(thread.getId(), board.id());
        }
        if (!votable(thread.getKind(), post.isOpening())) {
            throw new ForumRefusedException(null, "forum.vote.notHere");
        }
        access.require(policy.canVote(user, board, post.getAuthorId()), user, "vote on a post", postId);
        // the post's row lock makes one person's (and everyone's) votes on it count one after another
        String state = jdbc.sql("""
                select case when deleted_at is not null then 'DELETED' when hidden_at is not null then 'HIDDEN'
                            else 'READABLE' end
                from forum_post where id = ? for update
                """).param(postId).query(String.class).single();
        if (state.equals("DELETED")) {
            throw new ForumRefusedException(null, "forum.vote.deleted");
        }
        if (state.equals("HIDDEN")) {
            // a hidden post's text is gone for its readers, so its score stays as it was
            throw new ForumRefusedException(null, "forum.vote.hidden");
        }
        Optional<Integer> before = jdbc.sql("select value from forum_vote where post_id = ? and person_id = ?")
                .params(postId, user.id())
                .query(Integer.class)
                .optional();
        int now;
        if (before.isPresent() && before.get() == value) {
            jdbc.sql("delete from forum_vote where post_id = ? and person_id = ?")
                    .params(postId, user.id())
                    .update();
            now = 0;
        } else if (before.isPresent()) {
            jdbc.sql("update forum_vote set value = ?, voted_at = now() where post_id = ? and person_id = ?")
                    .params(value, postId, user.id())
                    .update();
            now = value;
        } else {
            jdbc.sql("insert into forum_vote (post_id, person_id, value) values (?, ?, ?)")
                    .params(postId, user.id(), value)
                    .update();
            now = value;
        }
        int score = jdbc.sql("update forum_post set score = score + ? where id = ? returning score")
                .params(now - before.orElse(0), postId)
                .query(Integer.class)
                .single();
        events.publishEvent(new PostVoted(
                postId, thread.getId(), board.id(), user.id(), post.getAuthorId(), now, score, Instant.now()));
        return new VoteView(postId, thread.getId(), post.isOpening(), score, now, true);
    }

    /** Questions and replies take votes; the opening post of a discussion does not (there is nothing to rank). */
    static boolean votable(ThreadKind kind, boolean opening) {
        return !opening || kind == ThreadKind.QUESTION;
    }
}
