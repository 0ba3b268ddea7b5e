package org.agorahub.expertise.web;

import java.util.Objects;
import org.agorahub.expertise.domain.DevelopmentService;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My development": a person's skill gaps with recommendations. Individual gaps are only for the person themselves
 * and for admins ({@code ?person=ID}); department leads see their department's gaps aggregated, never a person's.
 */
@Controller
class DevelopmentController {

    private final DevelopmentService development;
    private final PeopleApi people;
    private final AccessPolicy access;

    DevelopmentController(DevelopmentService development, PeopleApi people, AccessPolicy access) {
        this.development = development;
        this.people = people;
        this.access = access;
    }

    @GetMapping("/development")
    String development(@RequestParam(required = false) Long person, CurrentUser user, Model model) {
        boolean own = person == null || Objects.equals(person, user.id());
        CurrentUser reader = user;
        if (!own) {
            access.require(user.isAdmin(), user, "see another person's development", person);
            PersonSummary other =
                    people.findPerson(person).orElseThrow(() -> new NotFoundException("No person " + person));
            reader = new CurrentUser(
                    other.id(), other.email(), other.displayName(), other.departmentId(), other.roles());
            model.addAttribute("person", other);
        }
        model.addAttribute("own", own);
        model.addAttribute("plan", development.plan(reader));
        model.addAttribute(
                "leadsDepartment",
                user.departmentId() != null
                        && user.hasRole(Role.DEPARTMENT_LEAD)
                        && access.canLeadDepartment(user, user.departmentId()));
        model.addAttribute("seesDepartments", user.isAdmin() || user.hasRole(Role.CURATOR));
        return "expertise/development";
    }
}
