/**
 * The port between the on-premises AI (module {@code enrichment}) and the modules whose content it enriches.
 *
 * <p>Content modules implement {@link EnrichableContent} so that enrichment can read their text, and read the
 * results back through {@link Enrichments} (vectors for their search index entries, summaries for their pages,
 * a query embedding for finding similar things). Neither side depends on the other's classes, so enrichment can
 * listen to every content module's events while those modules still show what it produced.
 */
package org.agorahub.shared.ai;
