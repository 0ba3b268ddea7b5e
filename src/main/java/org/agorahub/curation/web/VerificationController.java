package org.agorahub.curation.web;

import jakarta.validation.Valid;
import org.agorahub.curation.domain.AdminOverview;
import org.agorahub.curation.domain.Verification;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.ReviewItem;
import org.agorahub.library.ReviewQueueFilter.ReviewReason;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verification queue for curators and admins: documents overdue or due for review, marked for review or reported
 * as outdated, with bulk verify, mark obsolete and hand over to a new owner. What is listed and what may be done
 * follow the library's rule of who verifies which documents, so the queue would serve library managers unchanged.
 */
@Controller
class VerificationController {

    static final int PAGE_SIZE = 50;

    private final LibraryApi libraries;
    private final PeopleApi people;
    private final Verification verification;
    private final AccessPolicy policy;

    VerificationController(LibraryApi libraries, PeopleApi people, Verification verification, AccessPolicy policy) {
        this.libraries = libraries;
        this.people = people;
        this.verification = verification;
        this.policy = policy;
    }

    @ModelAttribute("reasons")
    ReviewReason[] reasons() {
        return ReviewReason.values();
    }

    @GetMapping("/admin/verification")
    String queue(
            @ModelAttribute("filter") QueueFilterForm filter,
            BindingResult filterErrors,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        check(user);
        // filters that do not parse (a made-up date) are left out, and the page says so
        QueueFilterForm applied = filter;
        if (filterErrors.hasErrors()) {
            applied = QueueFilterForm.none();
            model.addAttribute("filter", applied);
            model.addAttribute("filterInvalid", true);
        }
        model.addAttribute("form", BulkForm.blank());
        return page(user, applied, page, model);
    }

    @PostMapping("/admin/verification")
    String apply(
            @Valid @ModelAttribute("form") BulkForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        check(user);
        if (!errors.hasErrors()) {
            try {
                int changed = verification.apply(user, form.action(), form.documentIds(), form.newOwner());
                Flash.success(
                        redirect, "curation.verification.done." + form.action().name(), changed);
                return "redirect:" + form.filters().link();
            } catch (RefusedException refused) {
                Forms.reject(errors, refused);
            } catch (NotFoundException gone) {
                // deleted (or out of reach) since the page was shown; the whole action was rolled back
                errors.rejectValue("documentIds", "curation.verification.gone");
            }
        }
        model.addAttribute("filter", form.filters());
        return page(user, form.filters(), 0, model);
    }

    private String page(CurrentUser user, QueueFilterForm filter, int page, Model model) {
        Page<ReviewItem> items =
                libraries.reviewQueue(user, filter.toFilter(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("items", items.getContent());
        model.addAttribute("pages", PageLinks.of(items, filter.link()));
        model.addAttribute("libraries", libraries.reviewQueueLibraries(user));
        model.addAttribute("owners", libraries.reviewQueueOwners(user));
        model.addAttribute("departments", people.departments());
        return "curation/verification";
    }

    private void check(CurrentUser user) {
        policy.require(
                AdminOverview.canCurate(user) && libraries.verifiesAnyLibrary(user),
                user,
                "verify documents",
                "verification queue");
    }
}
