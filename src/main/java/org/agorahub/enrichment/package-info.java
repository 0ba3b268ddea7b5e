/**
 * On-premises AI: embeddings of documents, threads and people computed inside Agora by a small ONNX model, the
 * summaries drawn from them, and the admin page that says what each feature does and lets an admin switch it off.
 * Nothing is sent anywhere.
 *
 * <p>Listens to the content modules' events after their transactions commit (through the event publication
 * registry, so a crash loses nothing), reads their text through {@link org.agorahub.shared.ai.EnrichableContent}
 * and offers the results through {@link org.agorahub.shared.ai.Enrichments}; announces each enriched item with
 * {@link org.agorahub.enrichment.ContentEnriched} so the search index picks up its vector.
 */
@ApplicationModule(
        displayName = "Enrichment",
        allowedDependencies = {"expertise", "forum", "library", "people", "shared"})
package org.agorahub.enrichment;

import org.springframework.modulith.ApplicationModule;
