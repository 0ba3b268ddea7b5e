package org.agorahub.expertise.web;

import org.agorahub.expertise.domain.ExpertFinder;
import org.agorahub.expertise.domain.ExpertSearch;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who knows about …?": people ranked for a skill, with why, filtered by department and language. */
@Controller
class ExpertFinderController {

    static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY = 100;

    private final ExpertFinder finder;

    ExpertFinderController(ExpertFinder finder) {
        this.finder = finder;
    }

    @GetMapping("/people/experts")
    String find(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "0") String page,
            CurrentUser user,
            Model model) {
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        Long departmentId = number(department);
        Long pageNumber = number(page);
        int current = pageNumber == null ? 0 : (int) Math.min(pageNumber, 10_000);
        ExpertSearch search = finder.find(
                user,
                query,
                departmentId,
                language == null || language.length() > 60 ? null : language,
                PageRequest.of(current, PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("q", search.query());
        model.addAttribute("department", departmentId);
        model.addAttribute("language", language);
        model.addAttribute("pages", PageLinks.of(search.experts()));
        return "expertise/finder";
    }

    /** A filter as typed in the address: a number, or nothing (rather than an error page) when it is not one. */
    private static Long number(String text) {
        return text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
    }
}
