package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One post at a time: editing (the replaced text is kept, for moderators), soft deletion, the edit history and
 * quoting. A deleted post's text is never shown again, except in the history moderators see.
 */
@Service
@Transactional(readOnly = true)
public class PostService {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ThreadRepository threads;
    private final ThreadService threadService;
    private final ForumPolicy policy;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final ForumSettings settings;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ThreadIndexer indexer;

    PostService(
            PostRepository posts,
            PostRevisionRepository revisions,
            ThreadRepository threads,
            ThreadService threadService,
            ForumPolicy policy,
            AccessPolicy access,
            PeopleApi people,
            ForumSettings settings,
            AuditLog audit,
            JdbcClient jdbc,
            ThreadIndexer indexer) {
        this.posts = posts;
        this.revisions = revisions;
        this.threads = threads;
        this.threadService = threadService;
        this.policy = policy;
        this.access = access;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    /** A post its author may edit, with its current text; 404 when deleted or hidden, 403 for anyone else. */
    public EditablePost editable(CurrentUser user, long postId) {
        LocatedPost located = locate(user, postId, false);
        requireNotHidden(located.post());
        access.require(
                policy.canEdit(user, located.board(), located.post().getAuthorId()), user, "edit a post", postId);
        return editable(located);
    }

    /**
     * Replaces a post's text, keeping the old text in its history.
     *
     * @return the thread's id
     */
    @Transactional
    public long edit(CurrentUser user, long postId, String body) {
        LocatedPost located = locate(user, postId, true);
        Post post = located.post();
        requireNotHidden(post);
        access.require(policy.canEdit(user, located.board(), post.getAuthorId()), user, "edit a post", postId);
        String text = PostText.body(body, settings.maxPostLength());
        if (!text.equals(post.getBody())) {
            Instant writtenAt = post.getEditedAt() == null ? post.getCreatedAt() : post.getEditedAt();
            long writtenBy = post.getEditedBy() == null ? post.getAuthorId() : post.getEditedBy();
            revisions.save(new PostRevision(postId, post.getBody(), writtenBy, writtenAt, user.id()));
            post.edit(text, user.id());
            indexer.reindex(post.getThreadId());
        }
        return post.getThreadId();
    }

    /**
     * Deletes a post (soft): it shows as "deleted", its text is gone from the page. Deleting the accepted answer
     * opens the question again. Deleting a post twice changes nothing.
     *
     * @return the thread's id
     */
    @Transactional
    public long delete(CurrentUser user, long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new PostNotFoundException(postId));
        ForumThread thread =
                threads.findForUpdate(post.getThreadId()).orElseThrow(() -> new PostNotFoundException(postId));
        BoardAccess board = threadService.visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(thread.getId(), board.id());
        }
        access.require(policy.canDelete(user, board, post.getAuthorId()), user, "delete a post", postId);
        if (!post.isDeleted()) {
            post.delete(user.id());
            if (!post.isOpening()) {
                thread.replyDeleted(postId);
            }
            indexer.reindex(thread.getId());
            boolean own = java.util.Objects.equals(post.getAuthorId(), user.id());
            audit.record(
                    user.id(), "forum.post.deleted", "forum_post", postId, own ? "by its author" : "by a moderator");
        }
        return thread.getId();
    }

    /** A hidden post is not edited: its author waits for a moderator to unhide it. */
    private static void requireNotHidden(Post post) {
        if (post.isHidden()) {
            throw new PostNotFoundException(post.getId());
        }
    }

    /** Every text the post has had, for moderators. */
    public PostHistory history(CurrentUser user, long postId) {
        LocatedPost located = locate(user, postId, false);
        access.require(policy.canSeeHistory(user, located.board()), user, "see a post's history", postId);
        Post post = located.post();
        List<PostHistory.Revision> list = new ArrayList<>();
        long currentBy = post.getEditedBy() == null ? post.getAuthorId() : post.getEditedBy();
        String currentName =
                people.findPerson(currentBy).map(PersonSummary::displayName).orElse("");
        list.add(new PostHistory.Revision(
                currentName,
                post.getEditedAt() == null ? post.getCreatedAt() : post.getEditedAt(),
                post.getBody(),
                true));
        list.addAll(
                jdbc.sql("""
                select p.display_name as written_by_name, r.written_at, r.body, false as "current"
                from forum_post_revision r join person p on p.id = r.written_by
                where r.post_id = ?
                order by r.id desc
                """).param(postId).query(PostHistory.Revision.class).list());
        EditablePost where = editable(located);
        return new PostHistory(postId, where.threadId(), where.threadTitle(), where.boardId(), where.boardName(), list);
    }

    /**
     * The post as a Markdown blockquote to start a reply with; empty when it cannot be quoted (deleted or hidden:
     * see {@link ReadablePost}, or not in this thread).
     */
    public String quote(CurrentUser user, long threadId, long postId) {
        Post post = posts.findById(postId).orElse(null);
        if (post == null || post.getThreadId() != threadId || !post.isReadable()) {
            return "";
        }
        LocatedPost located = locate(user, postId, false);
        String name = people.findPerson(post.getAuthorId())
                .map(PersonSummary::displayName)
                .orElse("");
        return PostText.quote(name, located.post().getBody());
    }

    /** The thread a post belongs to, deleted or not; 404 when the person may not see it. */
    public long threadOf(CurrentUser user, long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new PostNotFoundException(postId));
        ForumThread thread = threads.findById(post.getThreadId()).orElseThrow(() -> new PostNotFoundException(postId));
        try {
            threadService.visibleBoard(user, thread);
        } catch (ThreadNotFoundException e) {
            throw new PostNotFoundException(postId);
        }
        return thread.getId();
    }

    /** A live post of a live thread the person may see; 404 for a deleted post. */
    private LocatedPost locate(CurrentUser user, long postId, boolean forUpdate) {
        LocatedPost located = threadService.locatePost(user, postId, forUpdate);
        if (located.post().isDeleted()) {
            throw new PostNotFoundException(postId);
        }
        return located;
    }

    private static EditablePost editable(LocatedPost located) {
        return new EditablePost(
                located.post().getId(),
                located.thread().getId(),
                located.thread().getTitle(),
                located.board().id(),
                located.board().name(),
                located.post().isOpening(),
                located.post().getBody());
    }
}
