package org.agorahub.search.domain;

import org.agorahub.library.DocumentEvents.DocumentChanged;
import org.agorahub.library.DocumentEvents.DocumentPurged;
import org.agorahub.library.DocumentEvents.LibraryAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with what Hibernate Search cannot track itself: a document's current version and its
 * library's access rules. Changes to the document row itself (title, tags, trash) are indexed automatically in
 * the same transaction; these listeners run after commit, asynchronously, through Spring Modulith's event
 * publication registry, so a failed reindex is retried rather than lost.
 */
@Component
class SearchIndexListener {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexListener.class);

    private final SearchIndexing indexing;

    SearchIndexListener(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    /** Published, updated (new version or details), verified, trashed or restored: read it again. */
    @ApplicationModuleListener
    void on(DocumentChanged event) {
        indexing.reindexDocument(event.documentId());
    }

    @ApplicationModuleListener
    void on(DocumentPurged event) {
        indexing.purge(event.documentId());
    }

    @ApplicationModuleListener
    void on(LibraryAccessChanged event) {
        int count = indexing.reindexLibrary(event.libraryId());
        log.debug("Reindexed {} documents of library {} after an access change", count, event.libraryId());
    }
}
