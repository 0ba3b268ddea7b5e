package org.agorahub.people.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleSettings;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.ProfileSection;
import org.agorahub.people.domain.PersonService;
import org.agorahub.people.domain.UnknownPersonException;
import org.agorahub.shared.web.PageLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people directory and profiles. Other modules add parts of a profile (skills, ...) as {@link ProfileSection}
 * beans.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 25;

    private final PersonService people;
    private final AccessPolicy policy;
    private final ObjectProvider<ProfileSection> sections;
    private final PeopleSettings settings;

    DirectoryController(
            PersonService people,
            AccessPolicy policy,
            ObjectProvider<ProfileSection> sections,
            PeopleSettings settings) {
        this.people = people;
        this.policy = policy;
        this.sections = sections;
        this.settings = settings;
    }

    @GetMapping("/people")
    String directory(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long department,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<PersonSummary> result = people.directory(
                q, department, false, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("displayName")));
        model.addAttribute("q", q);
        model.addAttribute("department", department);
        model.addAttribute("departments", people.departments());
        model.addAttribute("people", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        return "people/directory";
    }

    @GetMapping("/people/{id}")
    String profile(@PathVariable long id, CurrentUser user, Model model) {
        PersonSummary person = people.findPerson(id).orElseThrow(() -> new UnknownPersonException(id));
        if (!policy.canViewProfile(user, person)) {
            // a deactivated person's profile is not shown, and not confirmed to exist either
            throw new UnknownPersonException(id);
        }
        model.addAttribute("person", person);
        model.addAttribute("gradeName", settings.gradeName(person.grade()));
        model.addAttribute("manager", people.manager(id).orElse(null));
        model.addAttribute("own", person.id() == (user.id() == null ? -1 : user.id()));
        List<String> fragments = new ArrayList<>();
        List<ProfileSection> ordered = new ArrayList<>(sections.stream().toList());
        ordered.sort(Comparator.comparingInt(ProfileSection::order));
        for (ProfileSection section : ordered) {
            model.addAllAttributes(section.attributes(person, user));
            fragments.add(section.fragment());
        }
        model.addAttribute("profileSections", fragments);
        return "people/profile";
    }

    @GetMapping("/profile")
    String ownProfile(CurrentUser user) {
        return user.id() == null ? "redirect:/" : "redirect:/people/" + user.id();
    }
}
