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
 * @param meaning true when items close in meaning to the query were searched for as well as the words (the hits and
 *     the total include them); false for an exact search, or when search by meaning is off
 */
public record SearchResults(
        List<Hit> hits,
        long total,
        int page,
        int size,
        List<FacetCounts> facets,
        String suggestion,
        boolean relaxed,
        boolean meaning) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** Results of a search by the words only. */
    public SearchResults(
            List<Hit> hits,
            long total,
            int page,
            int size,
            List<FacetCounts> facets,
            String suggestion,
            boolean relaxed) {
        this(hits, total, page, size, facets, suggestion, relaxed, false);
    }

    public static SearchResults empty(int page, int size) {
        return new SearchResults(List.of(), 0, page, size, List.of(), null, false);
    }

    public SearchResults withSuggestion(String other) {
        return new SearchResults(hits, total, page, size, facets, other, relaxed, meaning);
    }

    public FacetCounts facet(Facet facet) {
        return facets.stream().filter(f -> f.facet() == facet).findFirst().orElse(new FacetCounts(facet, List.of()));
    }

    /**
     * A document, page, forum thread or person found.
     *
     * @param type {@code file} or {@code page} (library documents), {@code question} or {@code discussion} (forum
     *     threads), {@code person}
     * @param id the document's, the thread's or the person's id, as {@link #type} says
     * @param libraryId a document's library, null for threads
     * @param categoryId a document's category, if any
     * @param boardId a thread's board, null for documents
     * @param snippet a short passage of the text, HTML-escaped, with the matched words in {@code <em>}; for a person,
     *     "job title · department", HTML-escaped
     * @param fileType the kind of file (PDF, DOCX…), null for pages and threads
     * @param status a document's status (lower case), null for threads
     * @param answered a question with an accepted answer
     * @param updatedAt when a document last changed, a thread's latest activity, or when a person's account changed
     */
    public record Hit(
            String type,
            long id,
            Long libraryId,
            Long categoryId,
            Long boardId,
            String title,
            String snippet,
            String fileType,
            String status,
            boolean answered,
            Instant updatedAt) {

        public static final String QUESTION = "question";
        public static final String DISCUSSION = "discussion";
        public static final String PERSON = "person";

        public Hit withSnippet(String other) {
            return new Hit(
                    type, id, libraryId, categoryId, boardId, title, other, fileType, status, answered, updatedAt);
        }

        /** A forum thread rather than a library document or page. */
        public boolean thread() {
            return QUESTION.equals(type) || DISCUSSION.equals(type);
        }

        /** A person rather than a document or a thread. */
        public boolean person() {
            return PERSON.equals(type);
        }

        /** The document's id; -1 for a thread or a person. */
        public long documentId() {
            return thread() || person() ? -1 : id;
        }

        /** Where the hit opens. */
        public String href() {
            return (thread() ? "/forums/threads/" : person() ? "/people/" : "/documents/") + id;
        }
    }

    /** The values of one facet among the hits, most frequent first (dates in their natural order). */
    public record FacetCounts(Facet facet, List<Count> counts) {
        public FacetCounts {
            counts = List.copyOf(counts);
        }
    }

    public record Count(String value, long count) {}
}
