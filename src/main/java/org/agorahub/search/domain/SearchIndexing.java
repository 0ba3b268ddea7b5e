package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reindexes library documents whose derived search fields (current text, read tokens) changed without the
 * document row changing. Loads documents by entity name: the search module knows the index, not the library's
 * classes.
 */
@Component
class SearchIndexing {

    private static final int BATCH = 100;

    private final EntityManager entityManager;

    SearchIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void reindexDocument(long documentId) {
        SearchSession session = Search.session(entityManager);
        List<?> found = entityManager
                .createQuery("select d from Document d where d.id = :id")
                .setParameter("id", documentId)
                .getResultList();
        if (found.isEmpty()) {
            session.indexingPlan().purge(SearchService.INDEXED_ENTITY, documentId, null);
        }
        found.forEach(session.indexingPlan()::addOrUpdate);
    }

    /** Every document of the library, in batches so a large library does not fill the persistence context. */
    @Transactional
    public int reindexLibrary(long libraryId) {
        SearchSession session = Search.session(entityManager);
        List<Long> ids = entityManager
                .createQuery("select d.id from Document d where d.libraryId = :library order by d.id", Long.class)
                .setParameter("library", libraryId)
                .getResultList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            entityManager
                    .createQuery("select d from Document d where d.id in :ids")
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(session.indexingPlan()::addOrUpdate);
            session.indexingPlan().execute();
            entityManager.clear();
        }
        return ids.size();
    }

    @Transactional
    public void purge(long documentId) {
        Search.session(entityManager).indexingPlan().purge(SearchService.INDEXED_ENTITY, documentId, null);
    }
}
