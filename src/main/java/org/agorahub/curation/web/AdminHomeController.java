package org.agorahub.curation.web;

import org.agorahub.curation.domain.AdminOverview;
import org.agorahub.curation.domain.BackgroundWork;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin home: every queue with its count, the index's health and failed background work (with a retry). */
@Controller
class AdminHomeController {

    /** Stuck background work listed on the home page; the count covers all of it. */
    static final int STUCK_SHOWN = 10;

    private final AdminOverview overview;
    private final BackgroundWork background;
    private final AccessPolicy policy;

    AdminHomeController(AdminOverview overview, BackgroundWork background, AccessPolicy policy) {
        this.overview = overview;
        this.background = background;
        this.policy = policy;
    }

    @GetMapping("/admin")
    String home(CurrentUser user, Model model) {
        AdminOverview.Overview figures = overview.overview(user);
        model.addAttribute("overview", figures);
        model.addAttribute("stuck", figures.admin() ? background.oldest(STUCK_SHOWN) : java.util.List.of());
        return "curation/home";
    }

    @PostMapping("/admin/background-work/retry")
    String retry(CurrentUser user, RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "retry background work", "event publications");
        long stuck = background.retry(user);
        Flash.success(redirect, "curation.background.retried", stuck);
        return "redirect:/admin";
    }
}
