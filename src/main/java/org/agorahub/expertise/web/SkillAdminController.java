package org.agorahub.expertise.web;

import org.agorahub.expertise.domain.SkillRefusedException;
import org.agorahub.expertise.domain.SkillSummary;
import org.agorahub.expertise.domain.TaxonomyService;
import org.agorahub.expertise.domain.TaxonomyService.UnknownSkillException;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curators and admins keep the skills taxonomy: skills by category, create, edit (rename) and merge. */
@Controller
class SkillAdminController {

    private final TaxonomyService taxonomy;
    private final AccessPolicy policy;

    SkillAdminController(TaxonomyService taxonomy, AccessPolicy policy) {
        this.taxonomy = taxonomy;
        this.policy = policy;
    }

    @GetMapping("/admin/skills")
    String list(CurrentUser user, Model model) {
        check(user, "list");
        model.addAttribute("categories", taxonomy.overview());
        return "admin/skills";
    }

    @GetMapping("/admin/skills/new")
    String newSkill(CurrentUser user, Model model) {
        check(user, "new");
        return form(model, SkillForm.blank(), null);
    }

    @PostMapping("/admin/skills")
    String create(
            @ModelAttribute("form") SkillForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        check(user, "create");
        if (!errors.hasErrors()) {
            try {
                long id = taxonomy.create(user, form.command());
                Flash.success(redirect, "skill.created", form.name().strip());
                return "redirect:/admin/skills#skill-" + id;
            } catch (SkillRefusedException e) {
                Forms.reject(errors, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/admin/skills/{id}")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        check(user, id);
        SkillSummary skill = taxonomy.skill(id).orElseThrow(() -> new UnknownSkillException(id));
        return form(model, SkillForm.of(skill), skill);
    }

    @PostMapping("/admin/skills/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") SkillForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        check(user, id);
        SkillSummary skill = taxonomy.skill(id).orElseThrow(() -> new UnknownSkillException(id));
        if (!errors.hasErrors()) {
            try {
                taxonomy.update(user, id, form.command());
                Flash.success(redirect, "skill.saved", form.name().strip());
                return "redirect:/admin/skills#skill-" + id;
            } catch (SkillRefusedException e) {
                Forms.reject(errors, e);
            }
        }
        return form(model, form, skill);
    }

    @PostMapping("/admin/skills/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String into,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        check(user, id);
        SkillSummary skill = taxonomy.skill(id).orElseThrow(() -> new UnknownSkillException(id));
        String error;
        try {
            long intoId = Long.parseLong(into.strip());
            SkillSummary kept = taxonomy.skill(intoId).orElse(null);
            if (kept == null) {
                error = "skill.merge.choose";
            } else {
                String merged = taxonomy.merge(user, id, intoId);
                Flash.success(redirect, "skill.merged", merged, kept.name());
                return "redirect:/admin/skills#skill-" + intoId;
            }
        } catch (NumberFormatException e) {
            error = "skill.merge.choose";
        } catch (SkillRefusedException e) {
            error = e.messageKey();
        }
        model.addAttribute("mergeError", error);
        return form(model, SkillForm.of(skill), skill);
    }

    private String form(Model model, SkillForm form, SkillSummary skill) {
        model.addAttribute("form", form);
        model.addAttribute("skill", skill);
        model.addAttribute("categoryOptions", taxonomy.categories());
        if (skill != null) {
            model.addAttribute("mergeOptions", taxonomy.otherSkills(skill.id()));
        }
        return "admin/skills-form";
    }

    private void check(CurrentUser user, Object target) {
        policy.require(taxonomy.canManage(user), user, "manage skills", target);
    }
}
