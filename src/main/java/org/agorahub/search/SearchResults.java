package org.agorahub.search;

import java.time.Instant;
import java.util.List;
import org.agorahub.search.SearchFilters.Facet;

/**
 * One page of search hits, the total the person may read and the facet counts, all trimmed in the index query so
 * that nothing the person may not open is counted.
 *
 * @param suggestion a corrected query when this one found few or nothing and the correction finds more, or null
 * @param relaxed true when no item has every word and the hits are those with most of them
 */
public record SearchResults(
        List<Hit> hits, long total, int page, int size, List<FacetCounts> facets, String suggestion, boolean relaxed) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public static SearchResults empty(int page, int size) {
        return new SearchResults(List.of(), 0, page, size, List.of(), null, false);
    }

    public FacetCounts facet(Facet facet) {
        return facets.stream().filter(f -> f.facet() == facet).findFirst().orElse(new FacetCounts(facet, List.of()));
    }

    /**
     * A document or page found.
     *
     * @param type {@code file} or {@code page}
     * @param fileType the kind of file (PDF, DOCX…), null for pages
     * @param snippet a short passage of the text, HTML-escaped, with the matched words in {@code <em>}
     */
    public record Hit(
            long documentId,
            String type,
            long libraryId,
            Long categoryId,
            String title,
            String snippet,
            String fileType,
            String status,
            Instant updatedAt) {}

    /** The values of one facet among the hits, most frequent first (dates in their natural order). */
    public record FacetCounts(Facet facet, List<Count> counts) {
        public FacetCounts {
            counts = List.copyOf(counts);
        }
    }

    public record Count(String value, long count) {}
}
