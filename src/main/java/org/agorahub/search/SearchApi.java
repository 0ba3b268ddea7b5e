package org.agorahub.search;

import org.agorahub.people.CurrentUser;

/** What other modules (and the search page) may ask of search, always as a person. */
public interface SearchApi {

    /**
     * Items matching the request that the person may read, best first (or newest first), with facet counts.
     * Never throws for odd input: any text is a valid query (a blank one finds nothing).
     */
    SearchResults search(CurrentUser user, SearchRequest request);

    /** The first page of a plain query, without filters. */
    SearchResults search(CurrentUser user, String query, int page, int size);

    /** Searches by department and day, for aggregates (no person, no text). One query. */
    java.util.List<SearchActivity> searchActivity();

    /**
     * Texts that found nothing, counted by department and day (searched_at's date in the database's time zone). For
     * dashboards; no person, no access check.
     */
    java.util.List<FailedSearchActivity> failedSearchActivity();

    /** The index's completeness and last rebuild, for admin overviews; no access check (callers check theirs). */
    IndexStatus indexStatus();

    /** How many synonym groups the admins keep (for the taxonomy overview). */
    long countSynonymGroups();
}
