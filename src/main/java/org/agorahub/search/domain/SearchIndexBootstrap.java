package org.agorahub.search.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The index is derived data: when it holds no documents (or no forum threads, or no people) but the database has some (a new or
 * deleted index directory, or data from before search existed), it is rebuilt with the mass indexer in the background once the application
 * is ready, through the same {@link SearchIndexRebuild} as the admin page, which shows its progress. So is a shared
 * OpenSearch index last built with another mapping (a new version of Agora). Start-up never waits for it; searches
 * return fewer hits until it is done.
 */
@Component
class SearchIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final SearchIndexHealth health;
    private final SearchIndexRebuild rebuild;

    SearchIndexBootstrap(SearchIndexHealth health, SearchIndexRebuild rebuild) {
        this.health = health;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfEmpty() {
        try {
            long inDatabase = health.inDatabase();
            long inIndex = health.indexedDocuments();
            if (!rebuild.mappingCurrent()) {
                log.info("The shared search index was built with another mapping: rebuilding it in the background");
                if (!rebuild.start(null, "search mapping changed")) {
                    log.info("A search index rebuild is already running");
                }
                return;
            }
            if (!health.aKindIsMissing()) {
                log.info(
                        "Search index holds {} documents, threads and people ({} in the database)",
                        inIndex,
                        inDatabase);
                rebuild.markComplete();
                return;
            }
            log.info(
                    "Search index holds {} documents, threads and people but misses a kind the database has ({} in all):"
                            + " rebuilding in the background",
                    inIndex,
                    inDatabase);
            if (!rebuild.start(null, "index empty at start-up")) {
                log.info("A search index rebuild is already running");
            }
        } catch (RuntimeException e) {
            log.error("Could not check the search index at start-up", e);
        }
    }
}
