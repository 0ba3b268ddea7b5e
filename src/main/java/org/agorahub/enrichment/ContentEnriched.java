package org.agorahub.enrichment;

/**
 * The stored vector or summary of a piece of content changed (or was removed): its search index entry should be
 * written again. Published in the transaction that stored it.
 */
public record ContentEnriched(String kind, long contentId) {}
