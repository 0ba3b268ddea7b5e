package org.agorahub.search;

import java.util.List;

/**
 * One page of search hits and the total number of hits the person may read (trimmed in the index query, so the
 * total never counts what the person may not see).
 */
public record SearchResults(List<Hit> hits, long total, int page, int size) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults empty(int page, int size) {
        return new SearchResults(List.of(), 0, page, size);
    }

    /**
     * A document found.
     *
     * @param snippet a short passage of the document's text, HTML-escaped, with the matched words in
     *     {@code <em>}; empty when the document has no text
     */
    public record Hit(long documentId, long libraryId, String title, String snippet) {}
}
