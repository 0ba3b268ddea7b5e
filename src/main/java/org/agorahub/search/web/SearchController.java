package org.agorahub.search.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchResults;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: ranked hits with highlighted snippets and where each lives. Facets, filters, sorting and
 * spelling suggestions come with the rest of the search issue.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 500;

    private final SearchApi search;
    private final LibraryApi libraries;

    SearchController(SearchApi search, LibraryApi libraries) {
        this.search = search;
        this.libraries = libraries;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        String query = q.strip();
        model.addAttribute("q", query);
        model.addAttribute("trimmed", query.length() > MAX_QUERY);
        if (query.isEmpty()) {
            return "search/results";
        }
        SearchResults results = search.search(user, query, Math.max(page, 0), PAGE_SIZE);
        if (results.hits().isEmpty() && results.total() > 0 && page > 0) {
            // paged past the end: show the last page instead of an empty one
            int last = (int) ((results.total() - 1) / PAGE_SIZE);
            results = search.search(user, query, last, PAGE_SIZE);
        }
        Map<Long, String> libraryNames = libraries.libraryNames(
                user, results.hits().stream().map(SearchResults.Hit::libraryId).collect(Collectors.toSet()));
        model.addAttribute("results", results);
        model.addAttribute("libraryNames", libraryNames);
        model.addAttribute(
                "pages",
                PageLinks.of(
                        new PageImpl<>(results.hits(), PageRequest.of(results.page(), PAGE_SIZE), results.total())));
        return "search/results";
    }
}
