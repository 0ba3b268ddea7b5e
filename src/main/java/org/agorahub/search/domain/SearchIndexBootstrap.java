package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import jakarta.persistence.EntityManagerFactory;
import org.agorahub.library.LibraryApi;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The index is derived data: when it is empty but the database has documents (a new or deleted index directory,
 * or data from before search existed), it is rebuilt with the mass indexer in the background once the application
 * is ready. Start-up never waits for it; searches return fewer hits until it is done.
 */
@Component
class SearchIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final LibraryApi libraries;
    private final Path indexRoot;

    SearchIndexBootstrap(
            EntityManagerFactory entityManagerFactory,
            LibraryApi libraries,
            @Value("${agora.search.index-dir}") String indexDirectory) {
        this.entityManagerFactory = entityManagerFactory;
        this.libraries = libraries;
        this.indexRoot = Path.of(indexDirectory);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfEmpty() {
        try {
            long inDatabase = libraries.countActiveDocuments();
            long inIndex = indexedDocuments();
            if (inDatabase == 0 || inIndex > 0) {
                log.info("Search index holds {} documents ({} in the database)", inIndex, inDatabase);
                IndexDirectoryCheck.writeMarker(indexRoot);
                return;
            }
            IndexDirectoryCheck.clearMarker(indexRoot);
            log.info(
                    "Search index is empty but the database has {} documents: rebuilding in the background",
                    inDatabase);
            long started = System.nanoTime();
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            mapping.scope(Object.class, SearchService.INDEXED_ENTITY)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(25)
                    .start()
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            log.error("Rebuilding the search index failed", failure);
                        } else {
                            markComplete();
                            log.info(
                                    "Search index rebuilt: {} documents indexed in {} ms",
                                    indexedDocuments(),
                                    (System.nanoTime() - started) / 1_000_000);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            log.error("Could not check the search index at start-up", e);
        }
    }

    private void markComplete() {
        try {
            IndexDirectoryCheck.writeMarker(indexRoot);
        } catch (IOException e) {
            log.warn("Could not mark the search index complete; it will be rebuilt at the next start", e);
        }
    }

    private long indexedDocuments() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            SearchScope<Object> scope = session.scope(Object.class, SearchService.INDEXED_ENTITY);
            return session.search(scope).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
