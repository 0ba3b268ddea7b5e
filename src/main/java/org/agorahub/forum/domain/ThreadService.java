package org.agorahub.forum.domain;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agorahub.forum.ForumEvents.AnswerAccepted;
import org.agorahub.forum.ForumEvents.QuestionAsked;
import org.agorahub.forum.ForumEvents.ReplyPosted;
import org.agorahub.forum.ForumEvents.ThreadStarted;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.ThreadKind;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.markdown.MarkdownRenderer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and replies: a board's threads, starting a thread, the thread page, replying, accepting an answer,
 * locking and deleting threads.
 *
 * <p>A form sent twice (a double click, a reload after posting) makes one post: each form carries a one-time
 * submission token, and a post with the same author and token is answered with the post already made.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ForumSettings.class)
public class ThreadService {

    private static final String THREAD_COLUMNS = """
            select t.id, t.board_id, b.name as board_name, t.kind, t.title, t.author_id,
                   p.display_name as author_name, t.created_at, t.last_activity_at, t.reply_count,
                   t.accepted_post_id is not null as answered, t.locked_at is not null as locked
            from forum_thread t
            join forum_board b on b.id = t.board_id
            join person p on p.id = t.author_id
            """;

    /** Questions nobody else has replied to and that have no accepted answer: they are waiting for help. */
    private static final String UNANSWERED = """
            t.kind = 'QUESTION' and t.deleted_at is null and t.accepted_post_id is null and t.first_reply_at is null
            and (cast(:board as bigint) is null or t.board_id = :board) and """ + BoardService.CAN_SEE_BOARD;

    private final ThreadRepository threads;
    private final PostRepository posts;
    private final BoardService boards;
    private final ForumPolicy policy;
    private final AccessPolicy access;
    private final MarkdownRenderer markdown;
    private final ForumSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ThreadIndexer indexer;

    ThreadService(
            ThreadRepository threads,
            PostRepository posts,
            BoardService boards,
            ForumPolicy policy,
            AccessPolicy access,
            MarkdownRenderer markdown,
            ForumSettings settings,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            ThreadIndexer indexer) {
        this.threads = threads;
        this.posts = posts;
        this.boards = boards;
        this.policy = policy;
        this.access = access;
        this.markdown = markdown;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    public int maxPostLength() {
        return settings.maxPostLength();
    }

    /** The board's threads, latest activity first. */
    public Page<ThreadSummary> threads(CurrentUser user, long boardId, Pageable page) {
        boards.readableAccess(user, boardId);
        long total = jdbc.sql("select count(*) from forum_thread where board_id = ? and deleted_at is null")
                .param(boardId)
                .query(Long.class)
                .single();
        List<ThreadSummary> rows = jdbc.sql(THREAD_COLUMNS + """
                where t.board_id = :board and t.deleted_at is null
                order by t.last_activity_at desc, t.id desc
                limit :limit offset :offset
                """)
                .param("board", boardId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ThreadSummary.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    public long countActiveThreads() {
        return jdbc.sql("select count(*) from forum_thread where deleted_at is null")
                .query(Long.class)
                .single();
    }

    /** Unanswered questions in the boards the person may see (or in one of them), newest first. */
    public Page<ThreadSummary> unanswered(CurrentUser user, Long boardId, Pageable page) {
        if (boardId != null) {
            boards.readableAccess(user, boardId);
        }
        Map<String, Object> viewer = BoardService.viewerParameters(user);
        long total = jdbc.sql("select count(*) from forum_thread t join forum_board b on b.id = t.board_id where "
                        + UNANSWERED)
                .params(viewer)
                .param("board", boardId)
                .query(Long.class)
                .single();
        List<ThreadSummary> rows = jdbc.sql(THREAD_COLUMNS + "where " + UNANSWERED + """

                order by t.created_at desc, t.id desc
                limit :limit offset :offset
                """)
                .params(viewer)
                .param("board", boardId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ThreadSummary.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Starts a thread with its opening post.
     *
     * @param submission the one-time token of the form, or null
     * @return the thread's id (the existing one when the same form was sent before)
     */
    @Transactional
    public long start(CurrentUser user, long boardId, NewThread thread, String submission) {
        BoardAccess board = boards.readableAccess(user, boardId);
        access.require(policy.canPost(user, board), user, "start a thread", boardId);
        if (thread.kind() == null) {
            throw new ForumRefusedException("kind", "forum.thread.kind.required");
        }
        String title = PostText.title(thread.title());
        String body = PostText.body(thread.body(), settings.maxPostLength());
        submission = token(submission);
        if (submission != null) {
            // one author's new threads one at a time, so the same form sent twice at once is seen as such
            jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                    .params(ADVISORY_LOCK_NEW_THREAD, user.id().hashCode())
                    .query((rs, row) -> 1)
                    .list();
            Optional<Post> sent = posts.findByAuthorIdAndSubmissionToken(user.id(), submission);
            if (sent.isPresent()) {
                return sent.get().getThreadId();
            }
        }
        ForumThread saved =
                threads.save(new ForumThread(boardId, thread.kind(), title, user.id(), PostText.tags(thread.tags())));
        Post opening = posts.save(new Post(saved.getId(), user.id(), true, body, submission));
        indexer.reindex(saved.getId());
        events.publishEvent(new ThreadStarted(
                saved.getId(), boardId, user.id(), thread.kind(), opening.getId(), saved.getCreatedAt()));
        if (thread.kind() == ThreadKind.QUESTION) {
            events.publishEvent(new QuestionAsked(saved.getId(), boardId, user.id(), saved.getCreatedAt()));
        }
        return saved.getId();
    }

    /** A usable one-time form token, or null (none, or not one this application made). */
    private static String token(String submission) {
        return submission == null || submission.isBlank() || submission.length() > 64 ? null : submission;
    }

    /** Key space of the advisory lock that serialises one person's new threads. */
    static final int ADVISORY_LOCK_NEW_THREAD = 0x464f5255; // "FORU"

    /**
     * The thread page's content.
     *
     * @throws ThreadNotFoundException when it does not exist or its board is hidden from the person
     * @throws ThreadDeletedException when a moderator deleted it
     */
    public ThreadView thread(CurrentUser user, long id) {
        return thread(user, id, false);
    }

    /**
     * The thread page's content, with the replies of a question by score (highest first, then oldest first) when
     * {@code byVotes}; the accepted answer stays apart, shown first.
     */
    public ThreadView thread(CurrentUser user, long id, boolean byVotes) {
        ForumThread thread = threads.findWithTags(id).orElseThrow(() -> new ThreadNotFoundException(id));
        BoardAccess board = visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(id, board.id());
        }
        List<PostRow> rows = postRows(id, user.id());
        boolean moderator = policy.canModerate(user, board);
        PostView opening = null;
        PostView accepted = null;
        List<PostView> replies = new ArrayList<>();
        for (PostRow row : rows) {
            boolean isAccepted = thread.getAcceptedPostId() != null && thread.getAcceptedPostId() == row.id();
            PostView view = new PostView(
                    row.id(),
                    row.authorId(),
                    row.authorName(),
                    row.opening(),
                    row.createdAt(),
                    row.editedAt(),
                    row.deletedAt() != null,
                    row.deletedAt() != null ? null : markdown.toSafeHtml(row.body()),
                    isAccepted,
                    row.deletedAt() == null && policy.canEdit(user, board, row.authorId()),
                    row.deletedAt() == null && policy.canDelete(user, board, row.authorId()),
                    row.deletedAt() == null
                            && !row.opening()
                            && !isAccepted
                            && thread.getKind() == ThreadKind.QUESTION
                            && policy.canAccept(user, board, thread.getAuthorId()),
                    moderator && row.editedAt() != null,
                    row.deletedAt() != null || !VoteService.votable(thread.getKind(), row.opening())
                            ? null
                            : new VoteView(
                                    row.id(),
                                    id,
                                    row.opening(),
                                    row.score(),
                                    row.myVote(),
                                    policy.canVote(user, board, row.authorId())));
            if (row.opening()) {
                opening = view;
            } else if (isAccepted) {
                accepted = view;
            } else {
                replies.add(view);
            }
        }
        if (opening == null) {
            throw new ThreadNotFoundException(id);
        }
        boolean sortedByVotes = byVotes && thread.getKind() == ThreadKind.QUESTION;
        if (sortedByVotes) {
            // stable: equal scores keep the order they were written in
            replies.sort(Comparator.comparingInt((PostView reply) ->
                            reply.vote() == null ? 0 : reply.vote().score())
                    .reversed());
        }
        return new ThreadView(
                id,
                board.id(),
                board.name(),
                thread.getKind(),
                thread.getTitle(),
                thread.getTags().stream().sorted().toList(),
                thread.getAuthorId(),
                opening.authorName(),
                thread.getCreatedAt(),
                thread.isLocked(),
                thread.getLockReason(),
                opening,
                accepted,
                replies,
                policy.canPost(user, board) && !thread.isLocked(),
                moderator,
                sortedByVotes);
    }

    private List<PostRow> postRows(long threadId, Long viewerId) {
        return jdbc.sql("""
                select po.id, po.author_id, pe.display_name as author_name, po.opening, po.body,
                       po.created_at, po.edited_at, po.deleted_at, po.score, coalesce(v.value, 0) as my_vote
                from forum_post po join person pe on pe.id = po.author_id
                left join forum_vote v on v.post_id = po.id and v.person_id = :viewer
                where po.thread_id = :thread
                order by po.created_at, po.id
                """)
                .param("thread", threadId)
                .param("viewer", viewerId, Types.BIGINT)
                .query(PostRow.class)
                .list();
    }

    record PostRow(
            long id,
            long authorId,
            String authorName,
            boolean opening,
            String body,
            Instant createdAt,
            Instant editedAt,
            Instant deletedAt,
            int score,
            int myVote) {}

    /**
     * Adds a reply at the end of the thread.
     *
     * @param submission the one-time token of the form, or null
     * @return the reply's id (the existing one when the same form was sent before)
     * @throws ThreadDeletedException when the thread was deleted meanwhile
     * @throws ForumRefusedException when the thread is locked, or the text is empty or too long
     */
    @Transactional
    public long reply(CurrentUser user, long threadId, String body, String submission) {
        ForumThread thread = threads.findForUpdate(threadId).orElseThrow(() -> new ThreadNotFoundException(threadId));
        BoardAccess board = visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(threadId, board.id());
        }
        access.require(policy.canPost(user, board), user, "reply", threadId);
        submission = token(submission);
        if (submission != null) {
            Optional<Post> sent = posts.findByAuthorIdAndSubmissionToken(user.id(), submission);
            if (sent.isPresent()) {
                return sent.get().getId();
            }
        }
        if (thread.isLocked()) {
            throw new ForumRefusedException(
                    null,
                    thread.getLockReason() == null ? "forum.thread.locked" : "forum.thread.lockedBecause",
                    thread.getLockReason());
        }
        String text = PostText.body(body, settings.maxPostLength());
        Post post = posts.save(new Post(threadId, user.id(), false, text, submission));
        boolean first = thread.replied(user.id(), post.getCreatedAt());
        indexer.reindex(threadId);
        events.publishEvent(new ReplyPosted(
                post.getId(), threadId, board.id(), user.id(), thread.getAuthorId(), first, post.getCreatedAt()));
        return post.getId();
    }

    /**
     * Marks a reply as the accepted answer of its question, replacing any earlier one.
     *
     * @return the thread's id
     */
    @Transactional
    public long accept(CurrentUser user, long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new PostNotFoundException(postId));
        ForumThread thread = threads.findForUpdate(post.getThreadId())
                .orElseThrow(() -> new ThreadNotFoundException(post.getThreadId()));
        BoardAccess board = visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(thread.getId(), board.id());
        }
        access.require(policy.canAccept(user, board, thread.getAuthorId()), user, "accept an answer", postId);
        if (thread.getKind() != ThreadKind.QUESTION || post.isOpening() || post.isDeleted()) {
            throw new ForumRefusedException(null, "forum.accept.notAnAnswer");
        }
        Instant now = Instant.now();
        thread.accept(postId, now);
        indexer.reindex(thread.getId());
        events.publishEvent(new AnswerAccepted(thread.getId(), postId, board.id(), user.id(), post.getAuthorId(), now));
        return thread.getId();
    }

    /** Locks a thread: it takes no more replies, and its reply form says why. */
    @Transactional
    public void lock(CurrentUser user, long threadId, String reason) {
        ForumThread thread = moderated(user, threadId, "lock a thread");
        if (reason != null && reason.strip().length() > 500) {
            throw new ForumRefusedException("reason", "field.tooLong");
        }
        thread.lock(user.id(), reason);
        audit.record(user.id(), "forum.thread.locked", "forum_thread", threadId, reason);
    }

    @Transactional
    public void unlock(CurrentUser user, long threadId) {
        ForumThread thread = moderated(user, threadId, "unlock a thread");
        thread.unlock();
        audit.record(user.id(), "forum.thread.unlocked", "forum_thread", threadId, null);
    }

    /** Deletes a thread (soft): it leaves the lists, and its page says it was deleted. */
    @Transactional
    public long delete(CurrentUser user, long threadId) {
        ForumThread thread = moderated(user, threadId, "delete a thread");
        thread.delete(user.id());
        indexer.reindex(threadId);
        audit.record(user.id(), "forum.thread.deleted", "forum_thread", threadId, thread.getTitle());
        return thread.getBoardId();
    }

    private ForumThread moderated(CurrentUser user, long threadId, String action) {
        ForumThread thread = threads.findForUpdate(threadId).orElseThrow(() -> new ThreadNotFoundException(threadId));
        BoardAccess board = visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(threadId, board.id());
        }
        access.require(policy.canModerate(user, board), user, action, threadId);
        return thread;
    }

    /** The thread's board; a thread in a board the person may not see does not exist for them. */
    public BoardAccess visibleBoard(CurrentUser user, ForumThread thread) {
        try {
            return boards.readableAccess(user, thread.getBoardId());
        } catch (BoardNotFoundException e) {
            throw new ThreadNotFoundException(thread.getId());
        }
    }
}
