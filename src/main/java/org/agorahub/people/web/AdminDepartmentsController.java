package org.agorahub.people.web;

import jakarta.validation.Valid;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.domain.DepartmentNameInUseException;
import org.agorahub.people.domain.PersonService;
import org.agorahub.people.domain.UnknownDepartmentException;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of departments, where admins add new ones. (The admin home is the curation module's.) */
@Controller
class AdminDepartmentsController {

    private final PersonService people;
    private final AccessPolicy policy;

    AdminDepartmentsController(PersonService people, AccessPolicy policy) {
        this.people = people;
        this.policy = policy;
    }

    @GetMapping("/admin/departments")
    String list(CurrentUser user, Model model) {
        policy.require(policy.canManageUsers(user), user, "manage departments", "list");
        return page(model, DepartmentForm.blank());
    }

    @PostMapping("/admin/departments")
    String create(
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "manage departments", "create");
        if (!errors.hasErrors()) {
            try {
                people.createDepartment(form.name(), form.parentId());
                Flash.success(redirect, "admin.departments.created", form.name().strip());
                return "redirect:/admin/departments";
            } catch (DepartmentNameInUseException e) {
                errors.rejectValue("name", "department.name.inUse");
            } catch (UnknownDepartmentException e) {
                errors.rejectValue("parentId", "department.parent.unknown");
            }
        }
        return page(model, form);
    }

    private String page(Model model, DepartmentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("departments", people.departments());
        return "admin/departments";
    }
}
