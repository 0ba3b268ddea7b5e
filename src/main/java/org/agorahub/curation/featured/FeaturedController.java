package org.agorahub.curation.featured;

import jakarta.validation.Valid;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curators and admins pin items to the home page, remove them and put them in order. */
@Controller
@RequestMapping("/admin/featured")
class FeaturedController {

    private final FeaturedService featured;

    FeaturedController(FeaturedService featured) {
        this.featured = featured;
    }

    @GetMapping
    String form(CurrentUser user, Model model) {
        model.addAttribute("form", PinForm.blank());
        return page(user, model);
    }

    @PostMapping
    String pin(
            @Valid @ModelAttribute("form") PinForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        try {
            featured.pin(user, form.reference(), form.kind(), form.departmentId(), form.expiresOn());
            Flash.success(redirect, "featured.pinned");
            return "redirect:/admin/featured";
        } catch (RefusedException refused) {
            Forms.reject(errors, refused);
            return page(user, model);
        }
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        featured.remove(user, id);
        Flash.success(redirect, "featured.removed");
        return "redirect:/admin/featured";
    }

    @PostMapping("/{id}/up")
    String up(@PathVariable long id, CurrentUser user) {
        featured.move(user, id, true);
        return "redirect:/admin/featured#pin-" + id;
    }

    @PostMapping("/{id}/down")
    String down(@PathVariable long id, CurrentUser user) {
        featured.move(user, id, false);
        return "redirect:/admin/featured#pin-" + id;
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("pins", featured.pins(user));
        model.addAttribute("departments", featured.departments());
        model.addAttribute("kinds", FeaturedKind.values());
        return "curation/featured/manage";
    }
}
