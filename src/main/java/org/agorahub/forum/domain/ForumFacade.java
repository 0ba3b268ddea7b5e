package org.agorahub.forum.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewBoard;
import org.agorahub.forum.NewThread;
import org.agorahub.people.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum module's public API, over its services (without form tokens and the posting rate limit: callers are
 * code, not browsers).
 */
@Component
class ForumFacade implements ForumApi {

    private final BoardService boards;
    private final ThreadService threads;
    private final ThreadIndexer indexer;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ForumFacade(
            BoardService boards,
            ThreadService threads,
            ThreadIndexer indexer,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.boards = boards;
        this.threads = threads;
        this.indexer = indexer;
    }

    @Override
    public long createBoard(CurrentUser creator, NewBoard board) {
        return boards.create(creator, board);
    }

    @Override
    public long startThread(CurrentUser author, long boardId, NewThread thread) {
        return threads.start(author, boardId, thread, null, false);
    }

    @Override
    public long reply(CurrentUser author, long threadId, String markdown) {
        return threads.reply(author, threadId, markdown, null, false);
    }

    @Override
    public void acceptAnswer(CurrentUser user, long postId) {
        threads.accept(user, postId);
    }

    @Override
    public long countBoards() {
        return boards.countBoards();
    }

    @Override
    public Optional<Set<String>> threadReadTokens(CurrentUser user) {
        return boards.threadReadTokens(user);
    }

    @Override
    public Map<Long, String> boardNames(CurrentUser user, Collection<Long> boardIds) {
        return boards.boardNames(user, boardIds);
    }

    @Override
    public long countActiveThreads() {
        return threads.countActiveThreads();
    }

    @Override
    @Transactional
    public int reindexAllThreads() {
        return indexer.reindexAll();
    }

    @Override
    public java.util.Map<Long, java.util.List<org.agorahub.forum.TaggedThread>> threadsTagged(
            CurrentUser user, java.util.Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey) {
        return threads.tagged(user, tagsByKey, perKey);
    }

    @Override
    public java.util.List<org.agorahub.forum.AnswerContribution> answerContributions(
            Collection<String> tags, int minScore, Long personId) {
        if (tags.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("""
                        select p.id as post_id, p.thread_id, p.author_id, p.id = coalesce(t.accepted_post_id, -1) as accepted,
                               p.score, g.tag
                        from forum_post p
                        join forum_thread t on t.id = p.thread_id
                        join forum_thread_tag g on g.thread_id = t.id
                        where not p.opening and p.deleted_at is null and p.hidden_at is null and t.deleted_at is null
                          and (p.id = coalesce(t.accepted_post_id, -1) or p.score >= :minScore)
                          and g.tag in (:tags)
                          and (:person = -1 or p.author_id = :person)
                        order by p.id, g.tag
                        """)
                .param("tags", java.util.List.copyOf(tags))
                .param("minScore", minScore)
                .param("person", personId == null ? -1L : personId)
                .query(org.agorahub.forum.AnswerContribution.class)
                .list();
    }

    @Override
    public Set<Long> readablePosts(CurrentUser user, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select p.id from forum_post p
                        join forum_thread t on t.id = p.thread_id
                        join forum_board b on b.id = t.board_id
                        where p.id in (:ids) and p.deleted_at is null and p.hidden_at is null and t.deleted_at is null
                          and """ + BoardService.CAN_SEE_BOARD)
                .params(BoardService.viewerParameters(user))
                .param("ids", Set.copyOf(postIds))
                .query(Long.class)
                .list());
    }

    @Override
    public Map<Long, String> postableBoards(CurrentUser user) {
        // whoever sees a board may post in it (ForumPolicy#canPost)
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select b.id, b.name from forum_board b where " + BoardService.CAN_SEE_BOARD
                        + " order by lower(b.name), b.id")
                .params(BoardService.viewerParameters(user))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }

    @Override
    public long startThreadFromForm(CurrentUser author, long boardId, NewThread thread, String submission) {
        return threads.start(author, boardId, thread, submission);
    }
}
