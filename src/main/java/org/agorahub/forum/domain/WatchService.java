package org.agorahub.forum.domain;

import java.util.List;
import org.agorahub.forum.ForumEvents.ReplyPosted;
import org.agorahub.forum.ForumEvents.ThreadStarted;
import org.agorahub.people.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who watches which board and thread. Watchers of a board hear of its new threads and replies, watchers of a
 * thread of its replies (see {@link ForumNotifier}). Authors watch the threads they start and people the threads they
 * reply to, as on Discourse or Stack Overflow; anyone may stop watching.
 */
@Service
@Transactional(readOnly = true)
public class WatchService {

    private final BoardService boards;
    private final ThreadRepository threads;
    private final ThreadService threadService;
    private final JdbcClient jdbc;

    WatchService(BoardService boards, ThreadRepository threads, ThreadService threadService, JdbcClient jdbc) {
        this.boards = boards;
        this.threads = threads;
        this.threadService = threadService;
        this.jdbc = jdbc;
    }

    /** Whether the person watches the board (the page has already checked they may see it). */
    public boolean watchesBoard(CurrentUser user, long boardId) {
        return user.id() != null
                && jdbc.sql("select exists (select 1 from forum_board_watch where board_id = ? and person_id = ?)")
                        .params(boardId, user.id())
                        .query(Boolean.class)
                        .single();
    }

    /** Whether the person watches the thread (the page has already checked they may see it). */
    public boolean watchesThread(CurrentUser user, long threadId) {
        return user.id() != null
                && jdbc.sql("select exists (select 1 from forum_thread_watch where thread_id = ? and person_id = ?)")
                        .params(threadId, user.id())
                        .query(Boolean.class)
                        .single();
    }

    /** Starts or stops watching a board; 404 when the person may not see it. */
    @Transactional
    public void watchBoard(CurrentUser user, long boardId, boolean watch) {
        boards.readableAccess(user, boardId);
        if (user.id() == null) {
            return;
        }
        if (watch) {
            jdbc.sql("insert into forum_board_watch (board_id, person_id) values (?, ?) on conflict do nothing")
                    .params(boardId, user.id())
                    .update();
        } else {
            jdbc.sql("delete from forum_board_watch where board_id = ? and person_id = ?")
                    .params(boardId, user.id())
                    .update();
        }
    }

    /** Starts or stops watching a thread; 404 when the person may not see it or it was deleted. */
    @Transactional
    public void watchThread(CurrentUser user, long threadId, boolean watch) {
        ForumThread thread = threads.findById(threadId).orElseThrow(() -> new ThreadNotFoundException(threadId));
        threadService.visibleBoard(user, thread);
        if (thread.isDeleted()) {
            throw new ThreadNotFoundException(threadId);
        }
        if (user.id() == null) {
            return;
        }
        if (watch) {
            watchThread(user.id(), threadId);
        } else {
            jdbc.sql("delete from forum_thread_watch where thread_id = ? and person_id = ?")
                    .params(threadId, user.id())
                    .update();
        }
    }

    /**
     * The author watches the new thread. A synchronous listener, so it happens in the transaction that starts the
     * thread and the page shown next already says "Stop watching".
     */
    @EventListener
    @Transactional
    void on(ThreadStarted event) {
        watchThread(event.authorId(), event.threadId());
    }

    /** Whoever replies watches the thread from then on (in the reply's transaction, as above). */
    @EventListener
    @Transactional
    void on(ReplyPosted event) {
        watchThread(event.authorId(), event.threadId());
    }

    List<Long> boardWatchers(long boardId) {
        return jdbc.sql("select person_id from forum_board_watch where board_id = ?")
                .param(boardId)
                .query(Long.class)
                .list();
    }

    List<Long> threadWatchers(long threadId) {
        return jdbc.sql("select person_id from forum_thread_watch where thread_id = ?")
                .param(threadId)
                .query(Long.class)
                .list();
    }

    private void watchThread(long personId, long threadId) {
        jdbc.sql("insert into forum_thread_watch (thread_id, person_id) values (?, ?) on conflict do nothing")
                .params(threadId, personId)
                .update();
    }
}
