package org.agorahub.search;

/**
 * One search as a person asks it: the words, the facet values chosen, the order and the page.
 *
 * @param page zero-based
 * @param size hits per page, 1 to 100
 * @param exact only items containing the words: no results found by meaning (a query in double quotes is exact too)
 */
public record SearchRequest(String query, SearchFilters filters, Sort sort, int page, int size, boolean exact) {

    public enum Sort {
        RELEVANCE,
        NEWEST
    }

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? SearchFilters.NONE : filters;
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** A search that also finds items close in meaning, when that feature is on. */
    public SearchRequest(String query, SearchFilters filters, Sort sort, int page, int size) {
        this(query, filters, sort, page, size, false);
    }

    public static SearchRequest of(String query, int page, int size) {
        return new SearchRequest(query, SearchFilters.NONE, Sort.RELEVANCE, page, size);
    }

    public SearchRequest withQuery(String other) {
        return new SearchRequest(other, filters, sort, page, size, exact);
    }

    public SearchRequest withPage(int other) {
        return new SearchRequest(query, filters, sort, other, size, exact);
    }

    public SearchRequest withExact(boolean other) {
        return new SearchRequest(query, filters, sort, page, size, other);
    }
}
