package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.agorahub.expertise.PeopleIndex;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.search.domain.IndexHealth.LastRebuild;
import org.agorahub.shared.audit.AuditLog;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.backend.index.IndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * The state of the search index for the admin page and the start-up check: documents, forum threads and people in
 * the database against those in the index, the index's size on disk, and the last rebuild (from the audit log, so it survives
 * restarts).
 */
@Component
public class SearchIndexHealth {

    /** Audit entries about the index to look through for the last rebuild's start and end. */
    private static final int AUDIT_LOOKBACK = 50;

    private final EntityManagerFactory entityManagerFactory;
    private final LibraryApi libraries;
    private final ForumApi forum;
    private final PeopleIndex people;
    private final AuditLog audit;

    SearchIndexHealth(
            EntityManagerFactory entityManagerFactory,
            LibraryApi libraries,
            ForumApi forum,
            PeopleIndex people,
            AuditLog audit) {
        this.entityManagerFactory = entityManagerFactory;
        this.libraries = libraries;
        this.forum = forum;
        this.people = people;
        this.audit = audit;
    }

    public IndexHealth health() {
        return new IndexHealth(inDatabase(), indexedDocuments(), sizeOnDisk(), lastRebuild());
    }

    /** What the index should hold: documents not in the trash, threads not deleted and active people. */
    public long inDatabase() {
        return libraries.countActiveDocuments() + forum.countActiveThreads() + people.countActivePeople();
    }

    /** Documents, threads and people the index holds now. */
    public long indexedDocuments() {
        return indexed(SearchService.INDEXED_ENTITIES);
    }

    /**
     * Whether a kind of item the database has is missing from the index altogether (documents, forum threads or
     * people): a new or deleted index directory, or data from before that kind was searchable.
     */
    boolean aKindIsMissing() {
        return (libraries.countActiveDocuments() > 0 && indexed(List.of(SearchService.INDEXED_ENTITY)) == 0)
                || (forum.countActiveThreads() > 0 && indexed(List.of(SearchService.THREAD_ENTITY)) == 0)
                || (people.countActivePeople() > 0 && indexed(List.of(SearchService.PERSON_ENTITY)) == 0);
    }

    private long indexed(List<String> entities) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            return session.search(session.scope(Object.class, entities))
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private Long sizeOnDisk() {
        long size = 0;
        for (String entity : SearchService.INDEXED_ENTITIES) {
            IndexManager index =
                    Search.mapping(entityManagerFactory).indexedEntity(entity).indexManager();
            try {
                size += index.unwrap(LuceneIndexManager.class).computeSizeInBytes();
            } catch (SearchException e) {
                return null; // not a Lucene index on this node's disk
            }
        }
        return size;
    }

    private LastRebuild lastRebuild() {
        List<AuditLog.Entry> entries = audit.forTargetType(SearchIndexRebuild.AUDIT_TARGET, AUDIT_LOOKBACK);
        for (int i = 0; i < entries.size(); i++) {
            AuditLog.Entry end = entries.get(i);
            boolean succeeded = SearchIndexRebuild.AUDIT_FINISHED.equals(end.action());
            if (!succeeded && !SearchIndexRebuild.AUDIT_FAILED.equals(end.action())) {
                continue;
            }
            Duration took = entries.subList(i + 1, entries.size()).stream()
                    .filter(e -> SearchIndexRebuild.AUDIT_STARTED.equals(e.action()))
                    .findFirst()
                    .map(start -> Duration.between(start.occurredAt(), end.occurredAt()))
                    .orElse(null);
            return new LastRebuild(end.occurredAt(), end.actorId(), end.displayName(), took, succeeded, end.detail());
        }
        return null;
    }
}
