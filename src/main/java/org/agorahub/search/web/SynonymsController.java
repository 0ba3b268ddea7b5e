package org.agorahub.search.web;

import jakarta.validation.Valid;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.search.domain.SynonymService;
import org.agorahub.search.domain.SynonymService.InvalidSynonymGroupException;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins and curators keep the search synonym groups; a change applies to the next search. */
@Controller
class SynonymsController {

    private final SynonymService synonyms;
    private final AccessPolicy policy;

    SynonymsController(SynonymService synonyms, AccessPolicy policy) {
        this.synonyms = synonyms;
        this.policy = policy;
    }

    @GetMapping("/admin/search/synonyms")
    String list(CurrentUser user, Model model) {
        policy.require(synonyms.canManage(user), user, "manage search synonyms", "list");
        return page(model, SynonymForm.blank());
    }

    @PostMapping("/admin/search/synonyms")
    String add(
            @Valid @ModelAttribute("form") SynonymForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(synonyms.canManage(user), user, "manage search synonyms", "add");
        if (!errors.hasErrors()) {
            try {
                synonyms.add(user, form.terms());
                Flash.success(redirect, "synonyms.added", form.terms().strip());
                return "redirect:/admin/search/synonyms";
            } catch (InvalidSynonymGroupException e) {
                errors.rejectValue("terms", "synonyms.terms.invalid");
            }
        }
        return page(model, form);
    }

    @PostMapping("/admin/search/synonyms/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        policy.require(synonyms.canManage(user), user, "manage search synonyms", id);
        synonyms.delete(user, id);
        Flash.success(redirect, "synonyms.deleted");
        return "redirect:/admin/search/synonyms";
    }

    private String page(Model model, SynonymForm form) {
        model.addAttribute("form", form);
        model.addAttribute("groups", synonyms.groups());
        return "admin/synonyms";
    }
}
