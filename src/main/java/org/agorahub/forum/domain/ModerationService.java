package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.markdown.MarkdownRenderer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and the moderation of posts: readers flag posts, moderators see the flags of the boards they moderate in
 * one queue and resolve them by hiding the post or dismissing the flags, and hide or unhide posts directly.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    static final int MAX_NOTE_LENGTH = 500;
    static final int EXCERPT_LENGTH = 300;

    /** Open flags on live posts of live threads, in the boards the person moderates (board aliased {@code b}). */
    private static final String OPEN_FLAGS = """
            from forum_flag f
            join forum_post po on po.id = f.post_id
            join person pe on pe.id = po.author_id
            join forum_thread t on t.id = po.thread_id
            join forum_board b on b.id = t.board_id
            where f.resolved_at is null and po.deleted_at is null and t.deleted_at is null
              and """ + BoardService.CAN_MODERATE_BOARD;

    private final PostRepository posts;
    private final ThreadRepository threads;
    private final ThreadService threadService;
    private final BoardService boards;
    private final ForumPolicy policy;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ThreadIndexer indexer;

    ModerationService(
            PostRepository posts,
            ThreadRepository threads,
            ThreadService threadService,
            BoardService boards,
            ForumPolicy policy,
            AccessPolicy access,
            PeopleApi people,
            MarkdownRenderer markdown,
            AuditLog audit,
            JdbcClient jdbc,
            ThreadIndexer indexer) {
        this.posts = posts;
        this.threads = threads;
        this.threadService = threadService;
        this.boards = boards;
        this.policy = policy;
        this.access = access;
        this.people = people;
        this.markdown = markdown;
        this.audit = audit;
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    /**
     * A post the person may flag, for the flag page.
     *
     * @throws PostNotFoundException when they may not see it, or it was deleted or hidden
     * @throws org.springframework.security.access.AccessDeniedException on their own post
     */
    public FlaggablePost flaggable(CurrentUser user, long postId) {
        LocatedPost located = threadService.locatePost(user, postId, false);
        Post post = located.post();
        if (!post.isReadable()) {
            throw new PostNotFoundException(postId);
        }
        access.require(policy.canFlag(user, located.board(), post.getAuthorId()), user, "flag a post", postId);
        String author = people.findPerson(post.getAuthorId())
                .map(PersonSummary::displayName)
                .orElse("");
        return new FlaggablePost(
                postId,
                located.thread().getId(),
                located.thread().getTitle(),
                located.board().id(),
                located.board().name(),
                author,
                excerpt(post.getBody()),
                hasOpenFlag(postId, user.id()));
    }

    /**
     * Flags a post for the moderators of its board. It changes nothing a reader sees.
     *
     * @return the thread's id
     * @throws ForumRefusedException without a reason, with a note over 500 characters, or when the person already
     *     has an open flag on the post
     */
    @Transactional
    public long flag(CurrentUser user, long postId, FlagReason reason, String note) {
        LocatedPost located = threadService.locatePost(user, postId, true);
        Post post = located.post();
        if (!post.isReadable()) {
            throw new PostNotFoundException(postId);
        }
        access.require(policy.canFlag(user, located.board(), post.getAuthorId()), user, "flag a post", postId);
        if (reason == null) {
            throw new ForumRefusedException("reason", "forum.flag.reason.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_NOTE_LENGTH) {
            throw new ForumRefusedException("note", "forum.flag.note.tooLong", MAX_NOTE_LENGTH);
        }
        // the thread's row lock (locate) makes one person's two flags on a post count one after another
        if (hasOpenFlag(postId, user.id())) {
            throw new ForumRefusedException(null, "forum.flag.already");
        }
        jdbc.sql("insert into forum_flag (post_id, person_id, reason, note) values (?, ?, ?, ?)")
                .params(postId, user.id(), reason.name(), text)
                .update();
        audit.record(user.id(), "forum.post.flagged", "forum_post", postId, reason.name());
        return located.thread().getId();
    }

    private boolean hasOpenFlag(long postId, Long personId) {
        return jdbc.sql("""
                select exists (select 1 from forum_flag where post_id = ? and person_id = ? and resolved_at is null)
                """)
                .params(postId, personId == null ? -1L : personId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the person moderates any board, and so has a moderation queue. */
    public boolean hasQueue(CurrentUser user) {
        return boards.moderatesAny(user);
    }

    /** How many posts wait in the person's queue (0 for someone without one). */
    public long openCount(CurrentUser user) {
        return jdbc.sql("select count(distinct po.id) " + OPEN_FLAGS)
                .params(BoardService.viewerParameters(user))
                .query(Long.class)
                .single();
    }

    /**
     * The flagged posts of the boards the person moderates: the most flagged first, then the longest waiting.
     *
     * @throws org.springframework.security.access.AccessDeniedException for someone who moderates no board
     */
    public Page<FlaggedPost> queue(CurrentUser user, Pageable page) {
        access.require(boards.moderatesAny(user), user, "see the moderation queue", null);
        Map<String, Object> viewer = BoardService.viewerParameters(user);
        long total = openCount(user);
        List<QueueRow> rows = jdbc.sql("""
                select po.id as post_id, t.id as thread_id, t.title as thread_title, b.id as board_id,
                       b.name as board_name, pe.display_name as author_name, po.created_at as posted_at, po.body,
                       count(*) as flags, min(f.created_at) as first_flagged_at
                """ + OPEN_FLAGS + """

                group by po.id, t.id, b.id, pe.display_name
                order by count(*) desc, min(f.created_at), po.id
                limit :limit offset :offset
                """)
                .params(viewer)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(QueueRow.class)
                .list();
        Map<Long, List<FlaggedPost.Flag>> flags = new LinkedHashMap<>();
        rows.forEach(row -> flags.put(row.postId(), new ArrayList<>()));
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    select f.post_id, f.reason, f.note, p.display_name as flagged_by, f.created_at as flagged_at
                    from forum_flag f join person p on p.id = f.person_id
                    where f.resolved_at is null and f.post_id in (:posts)
                    order by f.created_at, f.id
                    """)
                    .param("posts", flags.keySet())
                    .query((rs, n) -> {
                        flags.get(rs.getLong("post_id"))
                                .add(new FlaggedPost.Flag(
                                        FlagReason.valueOf(rs.getString("reason")),
                                        rs.getString("note"),
                                        rs.getString("flagged_by"),
                                        rs.getTimestamp("flagged_at").toInstant()));
                        return 1;
                    })
                    .list();
        }
        List<FlaggedPost> list = rows.stream()
                .map(row -> new FlaggedPost(
                        row.postId(),
                        row.threadId(),
                        row.threadTitle(),
                        row.boardId(),
                        row.boardName(),
                        row.authorName(),
                        row.postedAt(),
                        excerpt(row.body()),
                        row.firstFlaggedAt(),
                        List.copyOf(flags.get(row.postId()))))
                .toList();
        return new PageImpl<>(list, page, total);
    }

    record QueueRow(
            long postId,
            long threadId,
            String threadTitle,
            long boardId,
            String boardName,
            String authorName,
            Instant postedAt,
            String body,
            int flags,
            Instant firstFlaggedAt) {}

    /**
     * Hides a post from ordinary readers and resolves its open flags. Hiding a hidden post again only resolves
     * flags.
     *
     * @return the thread's id
     */
    @Transactional
    public long hide(CurrentUser user, long postId) {
        Post post = moderated(user, postId, "hide a post");
        boolean wasHidden = post.isHidden();
        post.hide(user.id());
        indexer.reindex(post.getThreadId()); // its words no longer find the thread
        int resolved = resolveFlags(user, postId, "HIDDEN");
        if (!wasHidden || resolved > 0) {
            audit.record(
                    user.id(),
                    "forum.post.hidden",
                    "forum_post",
                    postId,
                    resolved == 0 ? null : "resolved " + resolved + " flag(s)");
        }
        return post.getThreadId();
    }

    /** @return the thread's id */
    @Transactional
    public long unhide(CurrentUser user, long postId) {
        Post post = moderated(user, postId, "unhide a post");
        if (post.isHidden()) {
            post.unhide();
            indexer.reindex(post.getThreadId());
            audit.record(user.id(), "forum.post.unhidden", "forum_post", postId, null);
        }
        return post.getThreadId();
    }

    /**
     * Dismisses a post's open flags: the post stays as it is.
     *
     * @return the thread's id
     */
    @Transactional
    public long dismissFlags(CurrentUser user, long postId) {
        Post post = moderated(user, postId, "dismiss flags");
        int resolved = resolveFlags(user, postId, "DISMISSED");
        if (resolved > 0) {
            audit.record(
                    user.id(), "forum.flags.dismissed", "forum_post", postId, "dismissed " + resolved + " flag(s)");
        }
        return post.getThreadId();
    }

    private int resolveFlags(CurrentUser user, long postId, String resolution) {
        return jdbc.sql("""
                update forum_flag set resolved_at = now(), resolved_by = ?, resolution = ?
                where post_id = ? and resolved_at is null
                """).params(user.id(), resolution, postId).update();
    }

    /** A live post of a live thread whose board the person moderates (403 otherwise; 404 if they cannot see it). */
    private Post moderated(CurrentUser user, long postId, String action) {
        LocatedPost located = threadService.locatePost(user, postId, true);
        access.require(policy.canModerate(user, located.board()), user, action, postId);
        if (located.post().isDeleted()) {
            throw new PostNotFoundException(postId);
        }
        return located.post();
    }

    private String excerpt(String body) {
        String text = markdown.toPlainText(body).strip().replaceAll("\\s+", " ");
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 1) + "…";
    }
}
