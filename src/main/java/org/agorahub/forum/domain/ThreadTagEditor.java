package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.forum.ThreadKind;
import org.agorahub.forum.ThreadReference;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags across all threads, for the curators' taxonomy screens, and threads as other modules link to them. Tag changes
 * go through the entities, so each thread's search entry is rewritten when the caller's transaction commits.
 */
@Service
class ThreadTagEditor {

    private static final int BATCH = 200;

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
        Map<String, Long> usage = new LinkedHashMap<>();
        jdbc.sql("select tag, count(*) as uses from forum_thread_tag group by tag order by tag")
                .query((rs, row) -> usage.put(rs.getString("tag"), rs.getLong("uses")))
                .list();
        return usage;
    }

    /** Replaces {@code from} by {@code to} (or removes it when null) on every thread; returns how many changed. */
    @Transactional
    int replace(CurrentUser curator, String from, String to) {
        access.require(curator.isAdmin() || curator.hasRole(Role.CURATOR), curator, "edit tags everywhere", from);
        List<Long> ids = jdbc.sql("select thread_id from forum_thread_tag where tag = ? order by thread_id")
                .param(from)
                .query(Long.class)
                .list();
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<ForumThread> batch = entityManager
                    .createQuery("select t from ForumThread t where t.id in :ids", ForumThread.class)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + BATCH)))
                    .getResultList();
            for (ForumThread thread : batch) {
                thread.getTags().remove(from);
                if (to != null) {
                    thread.getTags().add(to);
                }
            }
            entityManager.flush();
            plan.process();
            batch.forEach(entityManager::detach);
        }
        return ids.size();
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
