package org.agorahub.enrichment.domain;

import org.agorahub.expertise.ProfileChanged;
import org.agorahub.forum.ForumEvents.ReplyPosted;
import org.agorahub.forum.ForumEvents.ThreadStarted;
import org.agorahub.library.DocumentEvents.DocumentChanged;
import org.agorahub.library.DocumentEvents.DocumentPurged;
import org.agorahub.shared.ai.Enrichments;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Enriches content after the change committed, in the background, through Spring Modulith's event publication
 * registry: an upload never waits for the model, and work cut short by a crash is done again at the next start
 * (or from the admin home's "failed background work").
 */
@Component
class EnrichmentListener {

    private final EnrichmentService enrichment;

    EnrichmentListener(EnrichmentService enrichment) {
        this.enrichment = enrichment;
    }

    @ApplicationModuleListener
    void on(DocumentChanged event) {
        enrichment.enrich(Enrichments.KIND_DOCUMENT, event.documentId());
    }

    @ApplicationModuleListener
    void on(DocumentPurged event) {
        enrichment.forget(Enrichments.KIND_DOCUMENT, event.documentId());
    }

    @ApplicationModuleListener
    void on(ThreadStarted event) {
        enrichment.enrich(Enrichments.KIND_THREAD, event.threadId());
    }

    @ApplicationModuleListener
    void on(ReplyPosted event) {
        enrichment.enrich(Enrichments.KIND_THREAD, event.threadId());
    }

    @ApplicationModuleListener
    void on(ProfileChanged event) {
        enrichment.enrich(Enrichments.KIND_PERSON, event.personId());
    }
}
