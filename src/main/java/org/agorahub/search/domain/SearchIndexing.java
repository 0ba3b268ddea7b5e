package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reindexes library documents whose derived search field (the current version's text) changed without the
 * document row changing. Loads documents by entity name: the search module knows the index, not the library's
 * classes.
 */
@Component
class SearchIndexing {

    private final EntityManager entityManager;

    SearchIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void reindexDocument(long documentId) {
        SearchSession session = Search.session(entityManager);
        // a share lock until this entry is built: a change committing meanwhile waits, so this older read cannot
        // overwrite the entry that change writes
        List<?> found = entityManager
                .createQuery("select d from Document d where d.id = :id")
                .setParameter("id", documentId)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList();
        if (found.isEmpty()) {
            session.indexingPlan().purge(SearchService.INDEXED_ENTITY, documentId, null);
        }
        found.forEach(session.indexingPlan()::addOrUpdate);
    }

    /**
     * Writes the index entry of enriched content again, so it carries its new vector. A thread or person that is
     * gone (or no longer indexed) is left to the rules that removed it.
     */
    @Transactional
    public void reindexEnriched(String kind, long id) {
        String entity = switch (kind) {
            case Enrichments.KIND_DOCUMENT -> SearchService.INDEXED_ENTITY;
            case Enrichments.KIND_THREAD -> SearchService.THREAD_ENTITY;
            case Enrichments.KIND_PERSON -> SearchService.PERSON_ENTITY;
            default -> null;
        };
        if (entity == null) {
            return;
        }
        if (entity.equals(SearchService.INDEXED_ENTITY)) {
            reindexDocument(id);
            return;
        }
        SearchSession session = Search.session(entityManager);
        var query = entityManager
                .createQuery("select e from " + entity + " e where e.id = :id")
                .setParameter("id", id);
        if (entity.equals(SearchService.THREAD_ENTITY)) {
            query.setLockMode(LockModeType.PESSIMISTIC_READ); // as for documents above; people's entries are read-only
        }
        query.getResultList().forEach(session.indexingPlan()::addOrUpdate);
    }

    @Transactional
    public void purge(long documentId) {
        Search.session(entityManager).indexingPlan().purge(SearchService.INDEXED_ENTITY, documentId, null);
    }
}
