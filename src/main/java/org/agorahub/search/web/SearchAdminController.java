package org.agorahub.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.search.domain.IndexHealth;
import org.agorahub.search.domain.RebuildProgress;
import org.agorahub.search.domain.SearchIndexHealth;
import org.agorahub.search.domain.SearchIndexRebuild;
import org.agorahub.shared.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index page for admins and curators: is the index complete, and a rebuild from the database with its
 * progress. While a rebuild runs the page polls {@code /admin/search/status} every second with htmx; without
 * JavaScript it offers a Refresh link.
 */
@Controller
class SearchAdminController {

    /** Tells htmx to stop polling (and still show the response): the rebuild is over. */
    static final int HTMX_STOP_POLLING = 286;

    private final SearchIndexHealth health;
    private final SearchIndexRebuild rebuild;
    private final PeopleApi people;
    private final AccessPolicy policy;
    private final MessageSource messages;

    SearchAdminController(
            SearchIndexHealth health,
            SearchIndexRebuild rebuild,
            PeopleApi people,
            AccessPolicy policy,
            MessageSource messages) {
        this.health = health;
        this.rebuild = rebuild;
        this.people = people;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping("/admin/search")
    String page(CurrentUser user, Model model, Locale locale) {
        check(user, "view search index");
        addStatus(model, locale);
        return "search/admin";
    }

    /** The status part of the page, for htmx polling while a rebuild runs. */
    @GetMapping("/admin/search/status")
    String status(CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
        check(user, "view search index");
        if (!addStatus(model, locale)) {
            response.setStatus(HTMX_STOP_POLLING);
            model.addAttribute("justFinished", true);
        }
        return "search/admin :: status";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(CurrentUser user, RedirectAttributes redirect) {
        check(user, "rebuild search index");
        if (rebuild.start(user.id(), "requested on the admin page")) {
            Flash.success(redirect, "search.admin.started");
        } else {
            Flash.error(redirect, "search.admin.alreadyRunning");
        }
        return "redirect:/admin/search";
    }

    private void check(CurrentUser user, String action) {
        policy.require(user.isAdmin() || user.hasRole(Role.CURATOR), user, action, "search index");
    }

    /** @return whether a rebuild is running */
    private boolean addStatus(Model model, Locale locale) {
        Optional<RebuildProgress> progress = rebuild.progress();
        IndexHealth state = health.health();
        model.addAttribute("health", state);
        model.addAttribute("indexSize", state.sizeBytes() == null ? null : size(state.sizeBytes(), locale));
        IndexHealth.LastRebuild last = state.lastRebuild();
        model.addAttribute("last", last);
        model.addAttribute("lastTook", last == null || last.took() == null ? null : duration(last.took(), locale));
        model.addAttribute("running", progress.isPresent());
        progress.ifPresent(p -> {
            model.addAttribute("progress", p);
            model.addAttribute(
                    "startedByName",
                    p.startedBy() == null
                            ? null
                            : people.findPerson(p.startedBy())
                                    .map(PersonSummary::displayName)
                                    .orElse(null));
            model.addAttribute("timeLeft", p.timeLeft() == null ? null : duration(p.timeLeft(), locale));
        });
        return progress.isPresent();
    }

    /** "40 s", "3 min 5 s", "1 h 2 min": rounded to what a person waiting cares about. */
    private String duration(Duration duration, Locale locale) {
        long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return messages.getMessage("search.admin.duration.seconds", new Object[] {seconds}, locale);
        }
        if (seconds < 3600) {
            return messages.getMessage(
                    "search.admin.duration.minutes", new Object[] {seconds / 60, seconds % 60}, locale);
        }
        return messages.getMessage(
                "search.admin.duration.hours", new Object[] {seconds / 3600, (seconds % 3600) / 60}, locale);
    }

    private String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return messages.getMessage("search.admin.size.kb", new Object[] {bytes / 1024.0}, locale);
        }
        return messages.getMessage("search.admin.size.mb", new Object[] {bytes / (1024.0 * 1024.0)}, locale);
    }
}
