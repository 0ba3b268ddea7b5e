package org.agorahub.expertise.web;

import jakarta.validation.Valid;
import org.agorahub.expertise.domain.FrameworkDetails;
import org.agorahub.expertise.domain.FrameworkRefusedException;
import org.agorahub.expertise.domain.FrameworkService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Competency frameworks: the list, creating, changing and deleting one. */
@Controller
class FrameworkController {

    private final FrameworkService frameworks;
    private final PeopleApi people;

    FrameworkController(FrameworkService frameworks, PeopleApi people) {
        this.frameworks = frameworks;
        this.people = people;
    }

    @GetMapping("/expertise/frameworks")
    String list(CurrentUser user, Model model) {
        model.addAttribute("frameworks", frameworks.frameworks(user));
        return "expertise/frameworks";
    }

    @GetMapping("/expertise/frameworks/new")
    String newFramework(CurrentUser user, Model model) {
        frameworks.requireManager(user);
        return form(model, FrameworkForm.blank(user.departmentId()), null);
    }

    @PostMapping("/expertise/frameworks/new")
    String create(
            @Valid @ModelAttribute("form") FrameworkForm form,
            BindingResult errors,
            @RequestParam(required = false) String moreRows,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        frameworks.requireManager(user);
        if (moreRows != null) {
            return form(model, form.withBlankRows(FrameworkForm.BLANK_ROWS), null);
        }
        if (errors.hasErrors()) {
            validate(user, form, errors);
        } else {
            try {
                frameworks.create(user, form.settings());
                Flash.success(redirect, "framework.created", form.name().strip());
                return "redirect:/expertise/frameworks";
            } catch (FrameworkRefusedException e) {
                reject(e, errors);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/expertise/frameworks/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        FrameworkDetails framework = frameworks.framework(user, id);
        return form(model, FrameworkForm.of(framework), framework);
    }

    @PostMapping("/expertise/frameworks/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") FrameworkForm form,
            BindingResult errors,
            @RequestParam(required = false) String moreRows,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        FrameworkDetails framework = frameworks.framework(user, id);
        if (moreRows != null) {
            return form(model, form.withBlankRows(FrameworkForm.BLANK_ROWS), framework);
        }
        if (errors.hasErrors()) {
            validate(user, form, errors);
        } else {
            try {
                frameworks.update(user, id, form.settings());
                Flash.success(redirect, "framework.saved", form.name().strip());
                return "redirect:/expertise/frameworks";
            } catch (FrameworkRefusedException e) {
                reject(e, errors);
            }
        }
        return form(model, form, framework);
    }

    @PostMapping("/expertise/frameworks/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        String name = frameworks.delete(user, id);
        Flash.success(redirect, "framework.deleted", name);
        return "redirect:/expertise/frameworks";
    }

    /** The rules' refusals too, when the form already has errors, for the fields that have none yet. */
    private void validate(CurrentUser user, FrameworkForm form, BindingResult errors) {
        try {
            frameworks.validate(user, form.settings());
        } catch (FrameworkRefusedException e) {
            reject(e, errors);
        }
    }

    private static void reject(FrameworkRefusedException refused, BindingResult errors) {
        for (FrameworkRefusedException.Problem problem : refused.problems()) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }

    private String form(Model model, FrameworkForm form, FrameworkDetails framework) {
        model.addAttribute("form", form);
        model.addAttribute("framework", framework);
        model.addAttribute("departments", people.departments());
        return "expertise/frameworks-form";
    }
}
