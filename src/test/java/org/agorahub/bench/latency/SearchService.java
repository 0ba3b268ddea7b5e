package org.agorahub.bench.latency;

import org.agorahub.people.CurrentUser;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchRequest;

/**
 * Agora's search service called in the application's JVM, as the search page's controller calls it: the Hibernate
 * Search query with its projections and highlights, the person's read tokens from the database, the read-only
 * transaction; no HTTP, session, security filters or page. Between the raw Lucene rows and the page.
 */
final class SearchService implements SearchSystem {

    private final SearchApi search;
    private final CurrentUser user;
    private final boolean exact;

    /** @param exact "exact words only": the words alone, without the search by meaning */
    SearchService(SearchApi search, CurrentUser user, boolean exact) {
        this.search = search;
        this.user = user;
        this.exact = exact;
    }

    @Override
    public String name() {
        return exact
                ? "Agora SearchApi.search, exact words only (hybrid off), in process"
                : "Agora SearchApi.search, in process (no HTTP, no page)";
    }

    @Override
    public long search(int client, String query, String requestId) {
        return search.search(user, SearchRequest.of(query, 0, 20).withExact(exact))
                .total();
    }
}
