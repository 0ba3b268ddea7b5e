package org.agorahub.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agorahub.search.SearchFilters;
import org.agorahub.search.SearchFilters.Facet;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.search.SearchResults.FacetCounts;

/**
 * What the search page shows beyond the hits: each facet's values with counts, labels and links that add or
 * remove them, the active filters, and links for the other sort order, a corrected query and exact words only (or
 * not). Every link keeps the query, sort, "exact words only" and the other filters, and goes back to the first page.
 */
public record SearchPage(
        String query,
        SearchRequest.Sort sort,
        SearchFilters filters,
        boolean exact,
        List<FacetView> facets,
        List<Active> active) {

    public record FacetView(Facet facet, List<Value> values) {}

    public record Value(String value, String label, long count, boolean selected, String href) {}

    public record Active(Facet facet, String label, String removeHref) {}

    static SearchPage of(
            String query,
            SearchRequest.Sort sort,
            SearchFilters filters,
            boolean exact,
            SearchResults results,
            Map<Facet, Map<String, String>> labels) {
        List<FacetView> facets = new ArrayList<>();
        for (FacetCounts counts : results.facets()) {
            Facet facet = counts.facet();
            Map<String, String> names = labels.getOrDefault(facet, Map.of());
            List<Value> values = counts.counts().stream()
                    .filter(count -> names.isEmpty() || names.containsKey(count.value()))
                    .map(count -> new Value(
                            count.value(),
                            names.getOrDefault(count.value(), count.value()),
                            count.count(),
                            filters.has(facet, count.value()),
                            filters.has(facet, count.value())
                                    ? href(query, sort, filters.without(facet, count.value()), exact)
                                    : href(query, sort, filters.with(facet, count.value()), exact)))
                    .toList();
            if (!values.isEmpty()) {
                facets.add(new FacetView(facet, values));
            }
        }
        List<Active> active = new ArrayList<>();
        filters.values()
                .forEach((facet, chosen) -> chosen.forEach(value -> active.add(new Active(
                        facet,
                        labels.getOrDefault(facet, Map.of()).getOrDefault(value, value),
                        href(query, sort, filters.without(facet, value), exact)))));
        return new SearchPage(query, sort, filters, exact, facets, active);
    }

    public String relevanceHref() {
        return href(query, SearchRequest.Sort.RELEVANCE, filters, exact);
    }

    public String newestHref() {
        return href(query, SearchRequest.Sort.NEWEST, filters, exact);
    }

    /** The same search for the words only, without the results close in meaning. */
    public String exactHref() {
        return href(query, sort, filters, true);
    }

    /** The same search with the results close in meaning again. */
    public String meaningHref() {
        return href(query, sort, filters, false);
    }

    public boolean newest() {
        return sort == SearchRequest.Sort.NEWEST;
    }

    public String clearFiltersHref() {
        return href(query, sort, SearchFilters.NONE, exact);
    }

    public String queryHref(String other) {
        return href(other, sort, filters, exact);
    }

    /** The search page's address for these settings; every value encoded (a tag "R&D" stays one value). */
    static String href(String query, SearchRequest.Sort sort, SearchFilters filters, boolean exact) {
        StringBuilder uri = new StringBuilder("/search?q=").append(encode(query));
        if (sort != SearchRequest.Sort.RELEVANCE) {
            uri.append("&sort=").append(sort.name().toLowerCase(Locale.ROOT));
        }
        if (exact) {
            uri.append("&exact=true");
        }
        for (Facet facet : Facet.values()) {
            filters.get(facet).stream()
                    .sorted()
                    .forEach(value -> uri.append('&')
                            .append(facet.parameter())
                            .append('=')
                            .append(encode(value)));
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
