package org.agorahub.forum.domain;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agorahub.forum.ForumEvents.AnswerAccepted;
import org.agorahub.forum.ForumEvents.QuestionAsked;
import org.agorahub.forum.ForumEvents.ReplyPosted;
import org.agorahub.forum.ForumEvents.ThreadStarted;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.ThreadKind;
import org.agorahub.library.DocumentReference;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.markdown.MarkdownRenderer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
                   t.accepted_post_id is not null as answered, t.locked_at is not null as locked,
                   t.pinned_at is not null as pinned
            from forum_thread t
            join forum_board b on b.id = t.board_id
            join person p on p.id = t.author_id
            """;

    /** Questions nobody else has replied to and that have no accepted answer: they are waiting for help. */
    private static final String UNANSWERED = """
            t.kind = 'QUESTION' and t.deleted_at is null and t.accepted_post_id is null and t.first_reply_at is null
            and (cast(:board as bigint) is null or t.board_id = :board)
            and (cast(:department as bigint) is null
                 or exists (select 1 from person a where a.id = t.author_id and a.department_id = :department))
            and (cast(:from as date) is null or t.created_at >= cast(:from as date))
            and (cast(:before as timestamptz) is null or t.created_at < :before)
            and """ + BoardService.CAN_SEE_BOARD;

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
    private final LibraryApi libraries;
    private final PostingRate rate;
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
            LibraryApi libraries,
            PostingRate rate,
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
        this.libraries = libraries;
        this.rate = rate;
        this.indexer = indexer;
    }

    public int maxPostLength() {
        return settings.maxPostLength();
    }

    /** The board's threads: pinned ones first, then by latest activity. */
    public Page<ThreadSummary> threads(CurrentUser user, long boardId, Pageable page) {
        boards.readableAccess(user, boardId);
        long total = jdbc.sql("select count(*) from forum_thread where board_id = ? and deleted_at is null")
                .param(boardId)
                .query(Long.class)
                .single();
        List<ThreadSummary> rows = jdbc.sql(THREAD_COLUMNS + """
                where t.board_id = :board and t.deleted_at is null
                order by (t.pinned_at is not null) desc, t.last_activity_at desc, t.id desc
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

    /** How many unanswered questions the person may see were asked before the given time. One query. */
    public long countUnansweredAskedBefore(CurrentUser user, java.time.Instant before) {
        return jdbc.sql("select count(*) from forum_thread t join forum_board b on b.id = t.board_id where "
                        + UNANSWERED)
                .params(BoardService.viewerParameters(user))
                .param("board", null)
                .params(new UnansweredFilter(null, null, before).parameters())
                .query(Long.class)
                .single();
    }

    /** Unanswered questions in the boards the person may see (or in one of them), newest first. */
    public Page<ThreadSummary> unanswered(CurrentUser user, Long boardId, Pageable page) {
        return unanswered(user, boardId, UnansweredFilter.NONE, page);
    }

    /**
     * Unanswered questions the person may see, narrowed to those asked by a department's people, from a day, before
     * a time (all optional): for the list behind a dashboard's "unanswered after a week".
     */
    public Page<ThreadSummary> unanswered(CurrentUser user, Long boardId, UnansweredFilter filter, Pageable page) {
        if (boardId != null) {
            boards.readableAccess(user, boardId);
        }
        Map<String, Object> viewer = BoardService.viewerParameters(user);
        long total = jdbc.sql("select count(*) from forum_thread t join forum_board b on b.id = t.board_id where "
                        + UNANSWERED)
                .params(viewer)
                .param("board", boardId)
                .params(filter.parameters())
                .query(Long.class)
                .single();
        List<ThreadSummary> rows = jdbc.sql(THREAD_COLUMNS + "where " + UNANSWERED + """

                order by t.created_at desc, t.id desc
                limit :limit offset :offset
                """)
                .params(viewer)
                .param("board", boardId)
                .params(filter.parameters())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ThreadSummary.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Starts a thread with its opening post, as a person does through the pages: within the posting rate limit.
     *
     * @param submission the one-time token of the form, or null
     * @return the thread's id (the existing one when the same form was sent before)
     * @throws ForumRefusedException when the input is refused or the person is posting too fast
     */
    @Transactional
    public long start(CurrentUser user, long boardId, NewThread thread, String submission) {
        return start(user, boardId, thread, submission, true);
    }

    @Transactional
    long start(CurrentUser user, long boardId, NewThread thread, String submission, boolean rateLimited) {
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
        List<Long> documents = linkableDocuments(user, thread.documentIds());
        if (rateLimited) {
            rate.check(user.id());
        }
        ForumThread saved =
                threads.save(new ForumThread(boardId, thread.kind(), title, user.id(), PostText.tags(thread.tags())));
        Post opening = posts.save(new Post(saved.getId(), user.id(), true, body, submission));
        for (int i = 0; i < documents.size(); i++) {
            jdbc.sql("insert into forum_thread_document (thread_id, document_id, position) values (?, ?, ?)")
                    .params(saved.getId(), documents.get(i), i)
                    .update();
        }
        indexer.reindex(saved.getId());
        events.publishEvent(new ThreadStarted(
                saved.getId(), boardId, user.id(), thread.kind(), opening.getId(), saved.getCreatedAt()));
        if (thread.kind() == ThreadKind.QUESTION) {
            events.publishEvent(new QuestionAsked(saved.getId(), boardId, user.id(), saved.getCreatedAt()));
        }
        return saved.getId();
    }

    /** The most library documents one thread may link to. */
    static final int MAX_DOCUMENTS = 10;

    /** The documents to link, each one the author may read; refused when any is not. */
    private List<Long> linkableDocuments(CurrentUser user, List<Long> documentIds) {
        if (documentIds.size() > MAX_DOCUMENTS) {
            throw new ForumRefusedException("documents", "forum.thread.documents.tooMany", MAX_DOCUMENTS);
        }
        var readable = libraries.readableDocuments(user, documentIds).keySet();
        for (Long id : documentIds) {
            if (!readable.contains(id)) {
                // the same words whether it does not exist or the author may not read it
                throw new ForumRefusedException("documents", "forum.thread.documents.unknown", String.valueOf(id));
            }
        }
        return documentIds;
    }

    /**
     * Where a post is shown: its thread's page in the order replies were written (the opening post and the accepted
     * answer are on every page) and the post's anchor, as a path. Callers have checked the person may see it.
     */
    public String postLocation(long postId) {
        return jdbc.sql("""
                select p.thread_id, p.opening or p.id = coalesce(t.accepted_post_id, -1) as on_every_page,
                       (select count(*) from forum_post r
                        where r.thread_id = p.thread_id and not r.opening and r.id <> coalesce(t.accepted_post_id, -1)
                          and (r.created_at, r.id) < (p.created_at, p.id)) as before
                from forum_post p join forum_thread t on t.id = p.thread_id
                where p.id = ?
                """)
                .param(postId)
                .query((rs, row) -> {
                    long page = rs.getBoolean("on_every_page") ? 0 : rs.getLong("before") / REPLIES_PER_PAGE;
                    return "/forums/threads/" + rs.getLong("thread_id") + (page > 0 ? "?page=" + page : "") + "#post-"
                            + postId;
                })
                .optional()
                .orElseThrow(() -> new PostNotFoundException(postId));
    }

    /** The library documents the thread is about that the person may read, in the order they were linked. */
    public List<DocumentReference> documents(CurrentUser user, long threadId) {
        List<Long> ids = jdbc.sql("select document_id from forum_thread_document where thread_id = ? order by position")
                .param(threadId)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        var readable = libraries.readableDocuments(user, ids);
        return ids.stream()
                .map(readable::get)
                .filter(java.util.Objects::nonNull)
                .toList();
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
        return thread(user, id, false, 0);
    }

    /** Replies shown on one page of a thread (besides the opening post and the accepted answer). */
    public static final int REPLIES_PER_PAGE = 50;

    /**
     * One page of the thread page's content: the opening post and the accepted answer (if any) on every page, then
     * {@link #REPLIES_PER_PAGE} of the other replies, on a question by score (highest first, then oldest first) when
     * {@code byVotes}, else in the order they were written. A page past the end shows the last one.
     */
    public ThreadView thread(CurrentUser user, long id, boolean byVotes, int page) {
        ForumThread thread = threads.findWithTags(id).orElseThrow(() -> new ThreadNotFoundException(id));
        BoardAccess board = visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(id, board.id());
        }
        boolean sortedByVotes = byVotes && thread.getKind() == ThreadKind.QUESTION;
        long acceptedId = thread.getAcceptedPostId() == null ? -1 : thread.getAcceptedPostId();
        long otherReplies = jdbc.sql("select count(*) from forum_post where thread_id = ? and not opening and id <> ?")
                .params(id, acceptedId)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (otherReplies + REPLIES_PER_PAGE - 1) / REPLIES_PER_PAGE);
        int pageNumber = Math.max(0, Math.min(page, pages - 1));
        List<PostRow> rows = postRows(id, user.id(), acceptedId, sortedByVotes, pageNumber);
        boolean moderator = policy.canModerate(user, board);
        PostView opening = null;
        PostView accepted = null;
        List<PostView> replies = new ArrayList<>();
        for (PostRow row : rows) {
            boolean isAccepted = thread.getAcceptedPostId() != null && thread.getAcceptedPostId() == row.id();
            boolean deleted = row.deletedAt() != null;
            boolean readable = ReadablePost.readable(row.deletedAt(), row.hiddenAt());
            // a hidden post's text is for moderators only; to everyone else it is a line saying it was hidden
            boolean shown = readable || (!deleted && moderator);
            PostView view = new PostView(
                    row.id(),
                    row.authorId(),
                    row.authorName(),
                    row.opening(),
                    row.createdAt(),
                    row.editedAt(),
                    deleted,
                    !deleted && row.hiddenAt() != null,
                    shown ? markdown.toSafeHtml(row.body()) : null,
                    isAccepted,
                    readable && policy.canEdit(user, board, row.authorId()),
                    !deleted && policy.canDelete(user, board, row.authorId()),
                    readable
                            && !row.opening()
                            && !isAccepted
                            && thread.getKind() == ThreadKind.QUESTION
                            && policy.canAccept(user, board, thread.getAuthorId()),
                    moderator && row.editedAt() != null,
                    readable,
                    readable && !row.flaggedByMe() && policy.canFlag(user, board, row.authorId()),
                    row.flaggedByMe(),
                    !deleted && moderator,
                    !deleted && moderator ? row.openFlags() : 0,
                    !readable || !VoteService.votable(thread.getKind(), row.opening())
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
                thread.isPinned(),
                opening,
                accepted,
                replies,
                policy.canPost(user, board) && !thread.isLocked(),
                moderator,
                sortedByVotes,
                new PageImpl<>(replies, PageRequest.of(pageNumber, REPLIES_PER_PAGE), otherReplies));
    }

    /**
     * The opening post, the accepted answer and one page of the other replies, in the page's order: one query
     * however long the thread.
     */
    private List<PostRow> postRows(long threadId, Long viewerId, long acceptedId, boolean byVotes, int page) {
        String order = byVotes ? "score desc, created_at, id" : "created_at, id";
        return jdbc.sql("""
                select po.id, po.author_id, pe.display_name as author_name, po.opening, po.body,
                       po.created_at, po.edited_at, po.deleted_at, po.hidden_at, po.score, coalesce(v.value, 0) as my_vote,
                exists (select 1 from forum_flag f
                        where f.post_id = po.id and f.person_id = :viewer and f.resolved_at is null) as flagged_by_me,
                (select count(*) from forum_flag f where f.post_id = po.id and f.resolved_at is null) as open_flags
                from forum_post po join person pe on pe.id = po.author_id
                left join forum_vote v on v.post_id = po.id and v.person_id = :viewer
                where po.thread_id = :thread
                  and (po.opening or po.id = :accepted or po.id in (
                        select r.id from forum_post r
                        where r.thread_id = :thread and not r.opening and r.id <> :accepted
                        order by r.%s
                        limit :limit offset :offset))
                order by po.%s
                """.formatted(order.replace(", ", ", r."), order.replace(", ", ", po.")))
                .param("thread", threadId)
                .param("viewer", viewerId, Types.BIGINT)
                .param("accepted", acceptedId)
                .param("limit", REPLIES_PER_PAGE)
                .param("offset", (long) page * REPLIES_PER_PAGE)
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
            Instant hiddenAt,
            int score,
            int myVote,
            boolean flaggedByMe,
            int openFlags) {}

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
        return reply(user, threadId, body, submission, true);
    }

    @Transactional
    long reply(CurrentUser user, long threadId, String body, String submission, boolean rateLimited) {
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
        if (rateLimited) {
            rate.check(user.id());
        }
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
        if (!post.isReadable()) {
            throw new ForumRefusedException(null, "forum.accept.hidden");
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

    /** Pins a thread: it lists first on its board, with a "Pinned" label. */
    @Transactional
    public void pin(CurrentUser user, long threadId) {
        ForumThread thread = moderated(user, threadId, "pin a thread");
        thread.pin(user.id());
        audit.record(user.id(), "forum.thread.pinned", "forum_thread", threadId, null);
    }

    @Transactional
    public void unpin(CurrentUser user, long threadId) {
        ForumThread thread = moderated(user, threadId, "unpin a thread");
        thread.unpin();
        audit.record(user.id(), "forum.thread.unpinned", "forum_thread", threadId, null);
    }

    /**
     * Moves a thread to another board the person also moderates. Its posts go with it, and with them their votes,
     * flags and watchers; the thread keeps its pin and lock.
     *
     * @param targetBoardId null when none was chosen
     * @throws ForumRefusedException when no board was chosen, the target is the same board, or one the person does
     *     not moderate
     */
    @Transactional
    public void move(CurrentUser user, long threadId, Long targetBoardId) {
        ForumThread thread = moderated(user, threadId, "move a thread");
        if (targetBoardId == null) {
            throw new ForumRefusedException("boardId", "forum.thread.move.chooseBoard");
        }
        BoardAccess from = boards.readableAccess(user, thread.getBoardId());
        if (targetBoardId.longValue() == from.id()) {
            throw new ForumRefusedException("boardId", "forum.thread.move.sameBoard");
        }
        BoardAccess to;
        try {
            to = boards.readableAccess(user, targetBoardId);
        } catch (BoardNotFoundException e) {
            // a board the person cannot see is one they do not moderate: the same answer, nothing revealed
            throw new ForumRefusedException("boardId", "forum.thread.move.notYours");
        }
        if (!policy.canMove(user, from, to)) {
            throw new ForumRefusedException("boardId", "forum.thread.move.notYours");
        }
        thread.moveTo(to.id());
        indexer.reindex(threadId); // its board, department and audience change with the board
        audit.record(
                user.id(),
                "forum.thread.moved",
                "forum_thread",
                threadId,
                "from board " + from.id() + " (" + from.name() + ") to board " + to.id() + " (" + to.name() + ")");
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

    /**
     * A post with its thread and board, for a person who may see the board.
     *
     * @throws PostNotFoundException when the post does not exist or its board is hidden from the person
     * @throws ThreadDeletedException when its thread was deleted
     */
    LocatedPost locatePost(CurrentUser user, long postId, boolean forUpdate) {
        Post post = posts.findById(postId).orElseThrow(() -> new PostNotFoundException(postId));
        ForumThread thread = (forUpdate
                        ? threads.findForUpdate(post.getThreadId())
                        : threads.findById(post.getThreadId()))
                .orElseThrow(() -> new PostNotFoundException(postId));
        BoardAccess board;
        try {
            board = visibleBoard(user, thread);
        } catch (ThreadNotFoundException e) {
            throw new PostNotFoundException(postId);
        }
        if (thread.isDeleted()) {
            throw new ThreadDeletedException(thread.getId(), board.id());
        }
        return new LocatedPost(post, thread, board);
    }

    /** Every person's posts (not deleted, in threads not deleted) by day and kind; for aggregates. One query. */
    public List<org.agorahub.forum.PostActivity> postActivity() {
        return jdbc.sql("""
                select p.author_id as person_id, p.created_at::date as day,
                    case when not p.opening then 'REPLY' when t.kind = 'QUESTION' then 'QUESTION' else 'DISCUSSION' end
                        as kind,
                    count(*) as count
                from forum_post p join forum_thread t on t.id = p.thread_id
                where p.deleted_at is null and t.deleted_at is null
                group by 1, 2, 3
                union all
                select p.author_id, t.accepted_at::date, 'ACCEPTED_ANSWER', count(*)
                from forum_thread t join forum_post p on p.id = t.accepted_post_id
                where t.deleted_at is null and p.deleted_at is null and t.accepted_at is not null
                group by 1, 2
                """).query(org.agorahub.forum.PostActivity.class).list();
    }

    /** Every question not deleted, with the first reply by someone else and the acceptance; for aggregates. */
    public List<org.agorahub.forum.QuestionActivity> questionActivity() {
        return jdbc.sql("""
                select t.id as thread_id, t.author_id as asker_id, t.created_at as asked_at, t.first_reply_at,
                    (select p.author_id from forum_post p where p.thread_id = t.id and not p.opening
                        and p.author_id <> t.author_id and p.deleted_at is null
                        order by p.created_at, p.id limit 1) as first_replier_id,
                    t.accepted_at
                from forum_thread t
                where t.kind = 'QUESTION' and t.deleted_at is null
                """).query(org.agorahub.forum.QuestionActivity.class).list();
    }

    /**
     * Replies that are accepted answers or have at least {@code minScore}, in live threads carrying any of the tags,
     * one row per reply and matching tag; only the person's when given. No access check: for background work.
     */
    public List<org.agorahub.forum.AnswerContribution> answerContributions(
            java.util.Collection<String> tags, int minScore, Long personId) {
        if (tags.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id as post_id, p.thread_id, p.author_id, p.id = coalesce(t.accepted_post_id, -1) as accepted,
                               p.score, g.tag
                        from forum_post p
                        join forum_thread t on t.id = p.thread_id
                        join forum_thread_tag g on g.thread_id = t.id
                        where not p.opening and t.deleted_at is null
                          and (p.id = coalesce(t.accepted_post_id, -1) or p.score >= :minScore)
                          and g.tag in (:tags)
                          and (:person = -1 or p.author_id = :person)
                          and """ + ReadablePost.sql("p") + """

                        order by p.id, g.tag
                        """)
                .param("tags", List.copyOf(tags))
                .param("minScore", minScore)
                .param("person", personId == null ? -1L : personId)
                .query(org.agorahub.forum.AnswerContribution.class)
                .list();
    }

    /** Those of the posts the person may read: readable, in a live thread, on a board they see. One query. */
    public java.util.Set<Long> readablePosts(CurrentUser user, java.util.Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                        select p.id from forum_post p
                        join forum_thread t on t.id = p.thread_id
                        join forum_board b on b.id = t.board_id
                        where p.id in (:ids) and t.deleted_at is null
                          and """ + ReadablePost.sql("p") + " and " + BoardService.CAN_SEE_BOARD)
                .params(BoardService.viewerParameters(user))
                .param("ids", java.util.Set.copyOf(postIds))
                .query(Long.class)
                .list());
    }

    /** The thread's board; a thread in a board the person may not see does not exist for them. */
    public BoardAccess visibleBoard(CurrentUser user, ForumThread thread) {
        try {
            return boards.readableAccess(user, thread.getBoardId());
        } catch (BoardNotFoundException e) {
            throw new ThreadNotFoundException(thread.getId());
        }
    }

    /**
     * Up to {@code perKey} threads per key carrying any of its tags that the person may see, answered first, then by
     * latest activity; one query.
     */
    public Map<Long, List<org.agorahub.forum.TaggedThread>> tagged(
            CurrentUser user, Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey) {
        List<Long> keys = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        tagsByKey.forEach((key, raw) -> org.agorahub.shared.Tags.normalise(raw).forEach(tag -> {
            keys.add(key);
            tags.add(tag);
        }));
        if (keys.isEmpty() || perKey <= 0) {
            return Map.of();
        }
        Map<Long, List<org.agorahub.forum.TaggedThread>> found = new java.util.HashMap<>();
        jdbc.sql("""
                with wanted (key, tag) as (select * from unnest(cast(:keys as bigint[]), cast(:tags as text[]))),
                tagged as (select distinct w.key, tt.thread_id from wanted w
                           join forum_thread_tag tt on tt.tag = w.tag)
                select key, id, title, kind, board_id, board_name, answered, reply_count from (
                    select tg.key, t.id, t.title, t.kind, b.id as board_id, b.name as board_name,
                           t.accepted_post_id is not null as answered, t.reply_count,
                           row_number() over (partition by tg.key
                                              order by (t.accepted_post_id is not null) desc,
                                                       t.last_activity_at desc, t.id desc) as position
                    from tagged tg
                    join forum_thread t on t.id = tg.thread_id and t.deleted_at is null
                    join forum_board b on b.id = t.board_id
                    where %s) ranked
                where position <= :perKey
                order by key, position
                """.formatted(BoardService.CAN_SEE_BOARD))
                .params(BoardService.viewerParameters(user))
                .param("keys", arrayLiteral(keys))
                .param("tags", arrayLiteral(tags))
                .param("perKey", perKey)
                .query((rs, row) -> found.computeIfAbsent(rs.getLong("key"), key -> new ArrayList<>())
                        .add(new org.agorahub.forum.TaggedThread(
                                rs.getLong("id"),
                                rs.getString("title"),
                                org.agorahub.forum.ThreadKind.valueOf(rs.getString("kind")),
                                rs.getLong("board_id"),
                                rs.getString("board_name"),
                                rs.getBoolean("answered"),
                                rs.getInt("reply_count"))))
                .list();
        return found;
    }

    /** A PostgreSQL array literal ({@code {"a","b"}}) of the values, quoted, for one parameter however many. */
    private static String arrayLiteral(List<?> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Object value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
