package org.agorahub.library;

/**
 * A document close in meaning to something else (another document, a thread), as other modules show it.
 *
 * @param kind {@code FILE} or {@code PAGE}
 * @param similarity cosine similarity of the two vectors, up to 1 for the same meaning
 */
public record SimilarDocument(
        long id, String title, String kind, long libraryId, String libraryName, double similarity) {}
