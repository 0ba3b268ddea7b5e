package org.agorahub.search;

/**
 * One search as a person asks it: the words, the facet values chosen, the order and the page.
 *
 * @param page zero-based
 * @param size hits per page, 1 to 100
 */
public record SearchRequest(String query, SearchFilters filters, Sort sort, int page, int size) {

    public enum Sort {
        RELEVANCE,
        NEWEST
    }

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? SearchFilters.NONE : filters;
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static SearchRequest of(String query, int page, int size) {
        return new SearchRequest(query, SearchFilters.NONE, Sort.RELEVANCE, page, size);
    }

    public SearchRequest withQuery(String other) {
        return new SearchRequest(other, filters, sort, page, size);
    }

    public SearchRequest withPage(int other) {
        return new SearchRequest(query, filters, sort, other, size);
    }
}
