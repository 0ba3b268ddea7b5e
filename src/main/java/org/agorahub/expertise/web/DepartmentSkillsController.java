package org.agorahub.expertise.web;

import java.util.List;
import java.util.Locale;
import org.agorahub.expertise.DepartmentSkillNeed;
import org.agorahub.expertise.domain.DepartmentGaps;
import org.agorahub.expertise.domain.GapService;
import org.agorahub.expertise.domain.RiskService;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.Role;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.web.Csv;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A department's skills for its lead: gaps aggregated by skill (never by person), as a heatmap and as CSV, and the
 * knowledge at risk (which also its curators and admins see). Admins and curators choose the department.
 */
@Controller
class DepartmentSkillsController {

    private final GapService gaps;
    private final RiskService risks;
    private final PeopleApi people;
    private final AccessPolicy access;
    private final MessageSource messages;

    DepartmentSkillsController(
            GapService gaps, RiskService risks, PeopleApi people, AccessPolicy access, MessageSource messages) {
        this.gaps = gaps;
        this.risks = risks;
        this.people = people;
        this.access = access;
        this.messages = messages;
    }

    /** Admins choose a department; a lead goes straight to their own. */
    @GetMapping("/expertise/departments/gaps")
    String chooseGaps(@RequestParam(required = false) Long department, CurrentUser user, Model model) {
        if (department != null) {
            return "redirect:/expertise/departments/" + department + "/gaps";
        }
        if (!user.isAdmin() && user.departmentId() != null && access.canLeadDepartment(user, user.departmentId())) {
            return "redirect:/expertise/departments/" + user.departmentId() + "/gaps";
        }
        access.require(user.isAdmin(), user, "see department gaps", "departments");
        model.addAttribute("departments", people.departments());
        model.addAttribute("gaps", null);
        return "expertise/gaps";
    }

    @GetMapping("/expertise/departments/{id}/gaps")
    String gaps(@PathVariable long id, CurrentUser user, Model model) {
        DepartmentSummary department = leadable(user, id);
        model.addAttribute("gaps", gaps.forDepartment(department));
        model.addAttribute("departments", user.isAdmin() ? people.departments() : List.of());
        return "expertise/gaps";
    }

    @GetMapping("/expertise/departments/{id}/gaps.csv")
    ResponseEntity<byte[]> gapsCsv(@PathVariable long id, CurrentUser user, Locale locale) {
        DepartmentGaps result = gaps.forDepartment(leadable(user, id));
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(
                        ",",
                        message("gaps.skill", locale),
                        message("gaps.peopleAsked", locale),
                        message("gaps.peopleWithGap", locale),
                        message("gaps.shortBy1", locale),
                        message("gaps.shortBy2", locale),
                        message("gaps.shortBy3", locale),
                        message("gaps.average", locale)))
                .append("\r\n");
        for (DepartmentSkillNeed skill : result.skills()) {
            csv.append(Csv.field(skill.skillName()))
                    .append(',')
                    .append(skill.peopleAsked())
                    .append(',')
                    .append(skill.peopleWithGap())
                    .append(',')
                    .append(skill.shortByOne())
                    .append(',')
                    .append(skill.shortByTwo())
                    .append(',')
                    .append(skill.shortByThreeOrMore())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.1f", skill.averageShortfall()))
                    .append("\r\n");
        }
        return Csv.download("skill-gaps", result.departmentName(), csv);
    }

    /** Admins and curators choose a department; a lead goes straight to their own. */
    @GetMapping("/expertise/departments/risk")
    String chooseRisk(@RequestParam(required = false) Long department, CurrentUser user, Model model) {
        if (department != null) {
            return "redirect:/expertise/departments/" + department + "/risk";
        }
        if (!seesAllRisks(user) && user.departmentId() != null && access.canLeadDepartment(user, user.departmentId())) {
            return "redirect:/expertise/departments/" + user.departmentId() + "/risk";
        }
        access.require(seesAllRisks(user), user, "see knowledge at risk", "departments");
        model.addAttribute("departments", people.departments());
        model.addAttribute("risk", null);
        return "expertise/risk";
    }

    @GetMapping("/expertise/departments/{id}/risk")
    String risk(@PathVariable long id, CurrentUser user, Model model) {
        DepartmentSummary department = department(id);
        access.require(seesAllRisks(user) || access.canLeadDepartment(user, id), user, "see knowledge at risk", id);
        model.addAttribute("risk", risks.atRisk(user, department));
        model.addAttribute("departments", seesAllRisks(user) ? people.departments() : List.of());
        return "expertise/risk";
    }

    private static boolean seesAllRisks(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    private DepartmentSummary leadable(CurrentUser user, long id) {
        DepartmentSummary department = department(id);
        access.require(access.canLeadDepartment(user, id), user, "see department gaps", id);
        return department;
    }

    private DepartmentSummary department(long id) {
        return people.departments().stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No department " + id));
    }

    private String message(String key, Locale locale) {
        return Csv.field(messages.getMessage(key, null, locale));
    }
}
