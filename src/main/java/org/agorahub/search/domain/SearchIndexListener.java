package org.agorahub.search.domain;

import org.agorahub.enrichment.ContentEnriched;
import org.agorahub.library.DocumentEvents.DocumentChanged;
import org.agorahub.library.DocumentEvents.DocumentPurged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with what Hibernate Search cannot track itself: a document's current version. (A
 * library's access rules are rewritten into its documents' index entries by the library module itself, in the
 * transaction that changes them; membership is in the person's query tokens and needs no reindex.) Changes to the document row itself (title, tags, trash) are indexed automatically in
 * the same transaction; these listeners run after commit, asynchronously, through Spring Modulith's event
 * publication registry, so a failed reindex is retried rather than lost.
 */
@Component
class SearchIndexListener {

    private final SearchIndexing indexing;

    SearchIndexListener(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    /** Published, updated (new version or details), verified, trashed or restored: read it again. */
    @ApplicationModuleListener
    void on(DocumentChanged event) {
        indexing.reindexDocument(event.documentId());
    }

    /** A vector was stored or removed: the entry carries it. */
    @ApplicationModuleListener
    void on(ContentEnriched event) {
        indexing.reindexEnriched(event.kind(), event.contentId());
    }

    @ApplicationModuleListener
    void on(DocumentPurged event) {
        indexing.purge(event.documentId());
    }
}
