package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.agorahub.forum.ThreadKind;
import org.agorahub.forum.ThreadReference;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags across all threads, for the curators' taxonomy screens, and threads as other modules link to them. Tag changes
 * go through the entities, so each thread's search entry is rewritten when the caller's transaction commits.
 */
@Service
class ThreadTagEditor {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final AccessPolicy access;

    ThreadTagEditor(EntityManager entityManager, JdbcClient jdbc, AccessPolicy access) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Every tag with the number of threads (deleted ones included) carrying it. */
    @Transactional(readOnly = true)
    Map<String, Long> usage() {
        return org.agorahub.shared.TagRewrite.usage(jdbc, "forum_thread_tag");
    }

    /** Replaces {@code from} by {@code to} (or removes it when null) on every thread; returns how many changed. */
    @Transactional
    int replace(CurrentUser curator, String from, String to) {
        access.require(curator.isAdmin() || curator.hasRole(Role.CURATOR), curator, "edit tags everywhere", from);
        return org.agorahub.shared.TagRewrite.replace(
                entityManager,
                jdbc,
                "forum_thread_tag",
                "thread_id",
                ForumThread.class,
                ForumThread::getTags,
                from,
                to,
                thread -> {});
    }

    /** Those of the threads the person may see (not deleted, on a board they see), by id; one query. */
    @Transactional(readOnly = true)
    Map<Long, ThreadReference> readable(CurrentUser user, Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ThreadReference> found = new HashMap<>();
        jdbc.sql("""
                select t.id, t.title, t.kind, b.id as board_id, b.name as board_name from forum_thread t
                join forum_board b on b.id = t.board_id
                where t.id in (:ids) and t.deleted_at is null and """ + BoardService.CAN_SEE_BOARD)
                .params(BoardService.viewerParameters(user))
                .param("ids", Set.copyOf(threadIds))
                .query((rs, row) -> new ThreadReference(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ThreadKind.valueOf(rs.getString("kind")),
                        rs.getLong("board_id"),
                        rs.getString("board_name")))
                .list()
                .forEach(thread -> found.put(thread.id(), thread));
        return found;
    }
}
