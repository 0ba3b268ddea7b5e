package org.agorahub.search.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchFilters;
import org.agorahub.search.SearchFilters.Facet;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.search.SearchResults.Count;
import org.agorahub.search.domain.QueryLog;
import org.agorahub.shared.ai.Enrichments;
import org.agorahub.shared.web.PageLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: ranked hits with highlighted snippets and where each lives, facets with counts that narrow the
 * hits, sort by relevance or date, "did you mean", and an empty state that suggests what to do next. Searches that
 * find almost nothing are logged (without the person) for the content-gap dashboards.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 500;

    private final SearchApi search;
    private final LibraryApi libraries;
    private final ForumApi forum;
    private final PeopleApi people;
    private final QueryLog queryLog;
    private final MessageSource messages;
    private final Enrichments enrichments;

    SearchController(
            SearchApi search,
            LibraryApi libraries,
            ForumApi forum,
            PeopleApi people,
            QueryLog queryLog,
            MessageSource messages,
            Enrichments enrichments) {
        this.enrichments = enrichments;
        this.search = search;
        this.libraries = libraries;
        this.forum = forum;
        this.people = people;
        this.queryLog = queryLog;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "false") String exact,
            @RequestParam MultiValueMap<String, String> parameters,
            CurrentUser user,
            jakarta.servlet.http.HttpSession session,
            Model model) {
        String query = q.strip();
        SearchRequest.Sort order = "newest".equals(sort) ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
        SearchFilters filters = SearchFilters.fromParameters(parameters);
        boolean exactOnly = "true".equals(exact.strip()) || "on".equals(exact.strip());
        model.addAttribute("q", query);
        model.addAttribute("exact", exactOnly);
        model.addAttribute("trimmed", query.length() > MAX_QUERY);
        if (query.isEmpty()) {
            return "search/results";
        }
        int pageNumber = pageNumber(page);
        SearchRequest request = new SearchRequest(query, filters, order, pageNumber, PAGE_SIZE, exactOnly);
        SearchResults results = search.search(user, request);
        if (results.hits().isEmpty() && results.total() > 0 && pageNumber > 0) {
            // paged past the end: show the last page instead of an empty one
            int last = (int) ((results.total() - 1) / PAGE_SIZE);
            results = search.search(user, request.withPage(last));
        }
        if (pageNumber == 0 && filters.isEmpty()) {
            // remembered so that opening a hit from this page counts the search as a success (SearchOpenedFilter)
            session.setAttribute(SearchOpenedFilter.LAST_SEARCH, queryLog.record(user, query, results.total()));
        }
        Map<Long, String> libraryNames =
                libraries.libraryNames(user, ids(results, filters, Facet.LIBRARY, SearchResults.Hit::libraryId));
        Map<Long, String> boardNames =
                forum.boardNames(user, ids(results, filters, Facet.BOARD, SearchResults.Hit::boardId));
        model.addAttribute("results", results);
        model.addAttribute("libraryNames", libraryNames);
        model.addAttribute("boardNames", boardNames);
        model.addAttribute("categoryNames", libraries.categoryNames());
        model.addAttribute("documentSummaries", summaries(results, Enrichments.KIND_DOCUMENT));
        model.addAttribute("threadSummaries", summaries(results, Enrichments.KIND_THREAD));
        SearchPage view =
                SearchPage.of(query, order, filters, exactOnly, results, labels(results, libraryNames, boardNames));
        model.addAttribute("view", view);
        model.addAttribute(
                "pages",
                PageLinks.of(
                        new PageImpl<>(results.hits(), PageRequest.of(results.page(), PAGE_SIZE), results.total())));
        return "search/results";
    }

    /** The automatically generated summaries of the documents (or threads) on the page, when summaries are on. */
    private Map<Long, String> summaries(SearchResults results, String kind) {
        List<Long> ids = results.hits().stream()
                .filter(hit -> Enrichments.KIND_THREAD.equals(kind) ? hit.thread() : hit.documentId() >= 0)
                .map(SearchResults.Hit::id)
                .toList();
        return ids.isEmpty() ? Map.of() : enrichments.summariesOf(kind, ids);
    }

    /** The libraries (or boards) of the hits, of the facet's values and of the chosen filters, to name them. */
    private static Set<Long> ids(
            SearchResults results,
            SearchFilters filters,
            Facet facet,
            java.util.function.Function<SearchResults.Hit, Long> ofHit) {
        Set<Long> ids = new HashSet<>();
        results.hits().stream().map(ofHit).filter(java.util.Objects::nonNull).forEach(ids::add);
        results.facet(facet).counts().forEach(count -> ids.add(Long.valueOf(count.value())));
        filters.get(facet).stream()
                .filter(value -> value.matches("\\d{1,18}"))
                .forEach(value -> ids.add(Long.valueOf(value)));
        return ids;
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How each facet value reads on the page; libraries and boards the person may not see are left out altogether. */
    private Map<Facet, Map<String, String>> labels(
            SearchResults results, Map<Long, String> libraryNames, Map<Long, String> boardNames) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);
        labels.put(
                Facet.LIBRARY,
                libraryNames.entrySet().stream()
                        .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)));
        labels.put(
                Facet.BOARD,
                boardNames.entrySet().stream()
                        .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)));
        labels.put(
                Facet.DEPARTMENT,
                people.departments().stream()
                        .collect(Collectors.toMap(d -> String.valueOf(d.id()), DepartmentSummary::name)));
        for (Facet facet : List.of(Facet.TYPE, Facet.FILE_TYPE, Facet.STATUS, Facet.UPDATED, Facet.ANSWERED)) {
            Map<String, String> names = new LinkedHashMap<>();
            List<String> values = facet == Facet.UPDATED
                    ? List.of("week", "month", "year", "older")
                    : facet == Facet.ANSWERED
                            ? List.of(SearchFilters.ANSWERED_YES, SearchFilters.ANSWERED_NO)
                            : results.facet(facet).counts().stream()
                                    .map(Count::value)
                                    .toList();
            for (String value : values) {
                String key = "search.facet." + facet.parameter() + "." + value.toLowerCase(Locale.ROOT);
                names.put(value, messages.getMessage(key, null, value, locale));
            }
            labels.put(facet, names);
        }
        return labels;
    }
}
