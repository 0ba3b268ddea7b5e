package org.agorahub.library.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;

/**
 * Puts every document of a library whose access rules changed into the current transaction's indexing plan, so
 * their read tokens are rewritten when the change commits, not some time after: a library narrowed from
 * organisation-wide to named members must stop showing in other people's searches at once. This is the only place
 * a library's documents are reindexed for its rules; membership changes need none (members' library tokens are
 * part of their query, not of the documents).
 *
 * <p>Documents are loaded and turned into index documents in batches ({@link SearchIndexingPlan#process()}), then
 * detached, so a large library does not fill the persistence context; the index writes happen at commit.
 */
@Component
class LibraryReindexer {

    private static final int BATCH = 200;

    private final EntityManager entityManager;

    LibraryReindexer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** To be called inside the transaction that changed the library's access. */
    int reindex(long libraryId) {
        entityManager.flush(); // the bridge reads the library's new rules
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        List<Long> ids = entityManager
                .createQuery("select d.id from Document d where d.libraryId = :library order by d.id", Long.class)
                .setParameter("library", libraryId)
                .getResultList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Document> batch = entityManager
                    .createQuery("select d from Document d where d.id in :ids", Document.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList();
            batch.forEach(plan::addOrUpdate);
            plan.process();
            batch.forEach(entityManager::detach);
        }
        return ids.size();
    }
}
