package org.agorahub.search;

import org.agorahub.people.CurrentUser;

/** What other modules (and the search page) may ask of search, always as a person. */
public interface SearchApi {

    /**
     * Library documents matching the query that the person may read, best first. Never throws for odd input:
     * any text is a valid query (a blank one finds nothing).
     *
     * @param page zero-based
     * @param size hits per page, 1 to 100
     */
    SearchResults search(CurrentUser user, String query, int page, int size);
}
