package org.agorahub.people.web;

import jakarta.validation.Valid;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.EmailInUseException;
import org.agorahub.people.HandOverRefusedException;
import org.agorahub.people.NewPerson;
import org.agorahub.people.PeopleSettings;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.domain.HandOverService;
import org.agorahub.people.domain.PersonService;
import org.agorahub.people.domain.UnknownDepartmentException;
import org.agorahub.people.domain.UnknownPersonException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.agorahub.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create accounts, deactivate them, and assign roles and departments. */
@Controller
@RequestMapping("/admin/people")
class AdminPeopleController {

    private final PersonService people;
    private final HandOverService handOver;
    private final AccessPolicy policy;
    private final PeopleSettings settings;

    AdminPeopleController(
            PersonService people, HandOverService handOver, AccessPolicy policy, PeopleSettings settings) {
        this.people = people;
        this.handOver = handOver;
        this.policy = policy;
        this.settings = settings;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long department,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        policy.require(policy.canManageUsers(user), user, "manage people", "list");
        Page<PersonSummary> result =
                people.directory(q, department, true, PageRequest.of(Math.max(page, 0), 50, Sort.by("displayName")));
        model.addAttribute("q", q);
        model.addAttribute("department", department);
        model.addAttribute("departments", people.departments());
        model.addAttribute("people", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        return "admin/people";
    }

    @GetMapping("/new")
    String newPerson(CurrentUser user, Model model) {
        policy.require(policy.canManageUsers(user), user, "manage people", "new");
        model.addAttribute("form", PersonForm.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "manage people", "create");
        if (form.password() == null
                || form.password().length() < 12
                || form.password().length() > 200) {
            errors.rejectValue("password", "person.password.length");
        }
        checkGrade(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            PersonSummary created = people.createPerson(
                    user.id(),
                    new NewPerson(
                            form.email(),
                            form.displayName(),
                            form.jobTitle(),
                            form.departmentId(),
                            form.roles(),
                            form.password(),
                            form.grade(),
                            form.location()));
            Flash.success(redirect, "admin.people.created", created.displayName());
            return "redirect:/admin/people";
        } catch (EmailInUseException e) {
            errors.rejectValue("email", "person.email.inUse");
        } catch (UnknownDepartmentException e) {
            errors.rejectValue("departmentId", "person.department.required");
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        policy.require(policy.canManageUsers(user), user, "manage people", id);
        PersonSummary person = people.findPerson(id).orElseThrow(() -> new UnknownPersonException(id));
        model.addAttribute("form", PersonForm.of(person));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "manage people", id);
        boolean self = user.id() != null && user.id() == id;
        if (self && (!form.isActive() || !form.roles().contains(Role.ADMIN))) {
            // an admin cannot lock themselves out of administration
            errors.reject("admin.people.selfLockout");
        }
        checkGrade(form, errors);
        if (!form.isActive()
                && people.findPerson(id).map(PersonSummary::active).orElse(false)
                && !handOver.holdings(id).isEmpty()) {
            // what they hold needs a new owner first: the hand-over step deactivates them with it
            errors.reject("admin.people.handOverFirst");
        }
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            PersonSummary saved = people.updatePerson(
                    user.id(),
                    id,
                    form.email(),
                    form.displayName(),
                    form.jobTitle(),
                    form.departmentId(),
                    form.roles(),
                    form.isActive(),
                    form.grade(),
                    form.location());
            Flash.success(redirect, "admin.people.saved", saved.displayName());
            return "redirect:/admin/people";
        } catch (EmailInUseException e) {
            errors.rejectValue("email", "person.email.inUse");
        } catch (UnknownDepartmentException e) {
            errors.rejectValue("departmentId", "person.department.required");
        } catch (HandOverRefusedException e) {
            Forms.reject(errors, e);
        }
        return form(model, id);
    }

    @GetMapping("/{id}/deactivate")
    String handOverForm(@PathVariable long id, CurrentUser user, Model model) {
        policy.require(policy.canManageUsers(user), user, "deactivate person", id);
        model.addAttribute("form", HandOverForm.blank());
        return handOverPage(model, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") HandOverForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        policy.require(policy.canManageUsers(user), user, "deactivate person", id);
        if (errors.hasErrors()) {
            return handOverPage(model, id);
        }
        try {
            handOver.deactivate(user, id, form.successorEmail());
            Flash.success(
                    redirect,
                    "admin.people.deactivated",
                    people.findPerson(id).orElseThrow().displayName());
            return "redirect:/admin/people";
        } catch (HandOverRefusedException e) {
            Forms.reject(errors, e);
        }
        return handOverPage(model, id);
    }

    private String handOverPage(Model model, long id) {
        PersonSummary leaver = people.findPerson(id).orElseThrow(() -> new UnknownPersonException(id));
        model.addAttribute("leaver", leaver);
        model.addAttribute("holdings", handOver.holdings(id));
        return "admin/person-deactivate";
    }

    private void checkGrade(PersonForm form, BindingResult errors) {
        if (form.grade() != null && !settings.isGrade(form.grade()) && !errors.hasFieldErrors("grade")) {
            errors.rejectValue("grade", "person.grade.unknown");
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("personId", id);
        model.addAttribute(
                "personActive",
                id != null && people.findPerson(id).map(PersonSummary::active).orElse(false));
        model.addAttribute("departments", people.departments());
        model.addAttribute("grades", settings.grades());
        return "admin/person-form";
    }
}
