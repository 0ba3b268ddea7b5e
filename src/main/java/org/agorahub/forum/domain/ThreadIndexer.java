package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;

/**
 * Puts threads into the current transaction's indexing plan, so their search entries change when the change
 * commits. Hibernate Search notices changes to a thread's own row (title, tags, deletion, acceptance), but not to
 * its posts' text or its board's audience, which the entry also holds: the forum's services call this for every
 * such change. Membership changes need no reindex (members' board tokens are part of their query).
 */
@Component
class ThreadIndexer {

    private static final int BATCH = 200;

    private final EntityManager entityManager;

    ThreadIndexer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The thread's entry is rebuilt (or removed, for a deleted thread) when the transaction commits. */
    void reindex(long threadId) {
        ForumThread thread = entityManager.find(ForumThread.class, threadId);
        if (thread != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(thread);
        }
    }

    /**
     * Every thread of a board whose visibility or department changed, in batches so a large board does not fill
     * the persistence context. To be called inside the transaction that changed the board.
     */
    int reindexBoard(long boardId) {
        return reindexInBatches(entityManager
                .createQuery("select t.id from ForumThread t where t.boardId = :board order by t.id", Long.class)
                .setParameter("board", boardId)
                .getResultList());
    }

    /** Every thread, for set-up code that changed threads in the database directly. */
    int reindexAll() {
        return reindexInBatches(entityManager
                .createQuery("select t.id from ForumThread t order by t.id", Long.class)
                .getResultList());
    }

    private int reindexInBatches(List<Long> ids) {
        entityManager.flush(); // the bridge reads what this transaction changed
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<ForumThread> batch = entityManager
                    .createQuery("select t from ForumThread t where t.id in :ids", ForumThread.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList();
            batch.forEach(plan::addOrUpdate);
            plan.process();
            batch.forEach(entityManager::detach);
        }
        return ids.size();
    }
}
