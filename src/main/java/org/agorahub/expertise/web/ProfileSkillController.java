package org.agorahub.expertise.web;

import java.util.List;
import org.agorahub.expertise.SkillLevel;
import org.agorahub.expertise.SkillRef;
import org.agorahub.expertise.domain.ExpertiseProfileService;
import org.agorahub.expertise.domain.ExpertiseProfileView.ProfileSkill;
import org.agorahub.expertise.domain.ProfileSkillService;
import org.agorahub.expertise.domain.SkillLookup;
import org.agorahub.expertise.domain.SkillRefusedException;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My skills": the signed-in person's skills and levels, languages, topics and job family. */
@Controller
class ProfileSkillController {

    static final int SUGGESTIONS = 10;

    private final ProfileSkillService skills;
    private final ExpertiseProfileService profiles;
    private final SkillLookup lookup;

    ProfileSkillController(ProfileSkillService skills, ExpertiseProfileService profiles, SkillLookup lookup) {
        this.skills = skills;
        this.profiles = profiles;
        this.lookup = lookup;
    }

    @GetMapping("/profile/skills")
    String page(CurrentUser user, Model model) {
        return page(user, model, ProfileSkillForm.blank(), null);
    }

    @PostMapping("/profile/skills")
    String add(
            @ModelAttribute("form") ProfileSkillForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                SkillRef skill = skills.add(user, form.skill(), form.level());
                Flash.success(redirect, "profileSkill.added", skill.name());
                return "redirect:/profile/skills";
            } catch (SkillRefusedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return page(user, model, form, null);
    }

    @PostMapping("/profile/skills/{skillId}/level")
    String changeLevel(
            @PathVariable long skillId,
            @RequestParam(defaultValue = "") String level,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            String name = skills.changeLevel(user, skillId, level);
            Flash.success(redirect, "profileSkill.levelChanged", name);
        } catch (SkillRefusedException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/profile/skills#my-skill-" + skillId;
    }

    @PostMapping("/profile/skills/{skillId}/remove")
    String remove(@PathVariable long skillId, CurrentUser user, RedirectAttributes redirect) {
        String name = skills.remove(user, skillId);
        Flash.success(redirect, "profileSkill.removed", name);
        return "redirect:/profile/skills";
    }

    @PostMapping("/profile/skills/about")
    String saveAbout(
            @ModelAttribute("about") ExpertiseProfileForm about,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                skills.saveAbout(user, about.languages(), about.topics(), about.jobFamily());
                Flash.success(redirect, "profileSkill.aboutSaved");
                return "redirect:/profile/skills";
            } catch (SkillRefusedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return page(user, model, ProfileSkillForm.blank(), about);
    }

    /** Skills matching what is typed, for the datalist htmx fills while typing. */
    @GetMapping("/profile/skills/suggest")
    String suggest(@RequestParam(defaultValue = "") String skill, Model model) {
        model.addAttribute("suggestions", lookup.matching(skill, SUGGESTIONS));
        return "expertise/skills-suggestions :: suggestions";
    }

    private String page(CurrentUser user, Model model, ProfileSkillForm form, ExpertiseProfileForm about) {
        if (user.id() == null) {
            throw new AccessDeniedException("Only people with a profile have skills");
        }
        List<ProfileSkill> mine = profiles.profile(user.id(), null).groups().stream()
                .flatMap(g -> g.skills().stream())
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("about", about == null ? ExpertiseProfileForm.of(profiles.about(user.id())) : about);
        model.addAttribute("mySkills", mine);
        model.addAttribute("levels", SkillLevel.values());
        model.addAttribute("jobFamilies", profiles.jobFamilies());
        model.addAttribute("maxSkills", ProfileSkillService.MAX_SKILLS);
        return "expertise/skills";
    }
}
