package org.agorahub.people.web;

import jakarta.validation.Valid;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.domain.DepartmentMergeService;
import org.agorahub.people.domain.DepartmentNameInUseException;
import org.agorahub.people.domain.PersonService;
import org.agorahub.people.domain.UnknownDepartmentException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of departments, where admins add new ones. (The admin home is the curation module's.) */
@Controller
class AdminDepartmentsController {

    private final PersonService people;
    private final DepartmentMergeService merges;
    private final AccessPolicy policy;

    AdminDepartmentsController(PersonService people, DepartmentMergeService merges, AccessPolicy policy) {
        this.people = people;
        this.merges = merges;
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

    @GetMapping("/admin/departments/{id}")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        policy.require(policy.canManageUsers(user), user, "manage departments", id);
        DepartmentSummary department = people.findDepartment(id).orElseThrow(() -> new UnknownDepartmentException(id));
        model.addAttribute("form", new DepartmentForm(department.name(), department.parentId()));
        model.addAttribute("mergeForm", DepartmentMergeForm.blank());
        return editPage(model, department);
    }

    @PostMapping("/admin/departments/{id}/merge")
    String merge(
            @PathVariable long id,
            @Valid @ModelAttribute("mergeForm") DepartmentMergeForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "merge departments", id);
        DepartmentSummary department = people.findDepartment(id).orElseThrow(() -> new UnknownDepartmentException(id));
        if (!errors.hasErrors()) {
            try {
                merges.merge(user.id(), id, form.intoId());
                Flash.success(
                        redirect,
                        "admin.departments.merged",
                        department.name(),
                        people.findDepartment(form.intoId()).orElseThrow().name());
                return "redirect:/admin/departments";
            } catch (UnknownDepartmentException e) {
                errors.rejectValue("intoId", "department.merge.required");
            } catch (RefusedException e) {
                Forms.reject(errors, e);
            }
        }
        model.addAttribute("form", new DepartmentForm(department.name(), department.parentId()));
        return editPage(model, department);
    }

    @PostMapping("/admin/departments/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "manage departments", id);
        DepartmentSummary department = people.findDepartment(id).orElseThrow(() -> new UnknownDepartmentException(id));
        if (!errors.hasErrors()) {
            try {
                DepartmentSummary saved = people.updateDepartment(user.id(), id, form.name(), form.parentId());
                Flash.success(redirect, "admin.departments.saved", saved.name());
                return "redirect:/admin/departments";
            } catch (DepartmentNameInUseException e) {
                errors.rejectValue("name", "department.name.inUse");
            } catch (UnknownDepartmentException e) {
                errors.rejectValue("parentId", "department.parent.unknown");
            } catch (RefusedException e) {
                Forms.reject(errors, e);
            }
        }
        model.addAttribute("mergeForm", DepartmentMergeForm.blank());
        return editPage(model, department);
    }

    private String editPage(Model model, DepartmentSummary department) {
        model.addAttribute("department", department);
        model.addAttribute(
                "others",
                people.departments().stream()
                        .filter(d -> d.id() != department.id())
                        .toList());
        model.addAttribute(
                "parents",
                people.departments().stream()
                        .filter(d -> d.id() != department.id())
                        .toList());
        return "admin/department-form";
    }

    private String page(Model model, DepartmentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("departments", people.departments());
        return "admin/departments";
    }
}
