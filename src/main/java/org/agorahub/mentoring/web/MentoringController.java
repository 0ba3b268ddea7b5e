package org.agorahub.mentoring.web;

import jakarta.validation.Valid;
import java.util.List;
import org.agorahub.mentoring.domain.MentoringPolicy;
import org.agorahub.mentoring.domain.MentoringRefusedException;
import org.agorahub.mentoring.domain.MentorshipService;
import org.agorahub.mentoring.domain.MyParticipation;
import org.agorahub.mentoring.domain.ParticipationService;
import org.agorahub.mentoring.domain.Programme;
import org.agorahub.mentoring.domain.ProgrammeService;
import org.agorahub.mentoring.domain.ProgrammeSummary;
import org.agorahub.mentoring.domain.ProposalService;
import org.agorahub.mentoring.domain.RoundService;
import org.agorahub.mentoring.matching.CrossDepartment;
import org.agorahub.mentoring.matching.MeetingFormat;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PeopleSettings;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mentoring home, programmes, and each person's offer and request. */
@Controller
@RequestMapping("/mentoring")
class MentoringController {

    private final ProgrammeService programmes;
    private final ParticipationService participation;
    private final ProposalService proposals;
    private final MentorshipService mentorships;
    private final RoundService rounds;
    private final MentoringPolicy policy;
    private final PeopleApi people;
    private final PeopleSettings settings;

    MentoringController(
            ProgrammeService programmes,
            ParticipationService participation,
            ProposalService proposals,
            MentorshipService mentorships,
            RoundService rounds,
            MentoringPolicy policy,
            PeopleApi people,
            PeopleSettings settings) {
        this.programmes = programmes;
        this.participation = participation;
        this.proposals = proposals;
        this.mentorships = mentorships;
        this.rounds = rounds;
        this.policy = policy;
        this.people = people;
        this.settings = settings;
    }

    @ModelAttribute("formats")
    MeetingFormat[] formats() {
        return MeetingFormat.values();
    }

    @GetMapping
    String home(CurrentUser user, Model model) {
        List<ProgrammeSummary> list = programmes.list(user);
        model.addAttribute("programmes", list);
        model.addAttribute("proposals", proposals.mine(user));
        model.addAttribute("mentorships", mentorships.mine(user));
        model.addAttribute("canStart", policy.canStartProgrammes(user));
        return "mentoring/home";
    }

    @GetMapping("/programmes/new")
    String newProgramme(CurrentUser user, Model model) {
        requireStarter(user);
        model.addAttribute("form", ProgrammeForm.blank());
        return programmeForm(model);
    }

    @PostMapping("/programmes/new")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        requireStarter(user);
        if (!errors.hasErrors()) {
            try {
                long id = programmes.create(user, form.command());
                Flash.success(redirect, "programme.created", form.name().strip());
                return "redirect:/mentoring/programmes/" + id;
            } catch (MentoringRefusedException refused) {
                Forms.reject(errors, refused);
            }
        }
        return programmeForm(model);
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, CurrentUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        model.addAttribute("programme", programme);
        model.addAttribute("summary", programmes.summary(user, programme));
        model.addAttribute("mine", participation.mine(user, id));
        model.addAttribute("inAudience", policy.inAudience(user, programme));
        model.addAttribute("organiser", policy.organises(user, programme));
        model.addAttribute("rounds", rounds.rounds(user, id));
        model.addAttribute("ended", programme.ended(java.time.LocalDate.now()));
        return "mentoring/programme";
    }

    @GetMapping("/programmes/{id}/offer")
    String offerForm(@PathVariable long id, CurrentUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        MyParticipation mine = participation.mine(user, id);
        model.addAttribute("form", OfferForm.of(mine.offer()));
        return offerForm(model, user, programme);
    }

    @PostMapping("/programmes/{id}/offer")
    String saveOffer(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OfferForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = programmes.programme(user, id);
        if (!errors.hasErrors()) {
            try {
                participation.saveOffer(user, id, form.command());
                Flash.success(redirect, "offer.saved");
                return "redirect:/mentoring/programmes/" + id;
            } catch (MentoringRefusedException refused) {
                Forms.reject(errors, refused);
            }
        }
        return offerForm(model, user, programme);
    }

    @PostMapping("/programmes/{id}/offer/withdraw")
    String withdrawOffer(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        programmes.programme(user, id);
        participation.withdrawOffer(user, id);
        Flash.success(redirect, "offer.withdrawn");
        return "redirect:/mentoring/programmes/" + id;
    }

    @GetMapping("/programmes/{id}/request")
    String requestForm(@PathVariable long id, CurrentUser user, Model model) {
        Programme programme = programmes.programme(user, id);
        MyParticipation mine = participation.mine(user, id);
        List<ParticipationService.SkillChoice> choices = participation.requestableSkills(user);
        model.addAttribute("form", RequestForm.of(mine.request(), choices));
        return requestForm(model, programme, choices);
    }

    @PostMapping("/programmes/{id}/request")
    String saveRequest(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = programmes.programme(user, id);
        if (!errors.hasErrors()) {
            try {
                participation.saveRequest(user, id, form.command());
                Flash.success(redirect, "request.saved");
                return "redirect:/mentoring/programmes/" + id;
            } catch (MentoringRefusedException refused) {
                Forms.reject(errors, refused);
            }
        }
        return requestForm(model, programme, participation.requestableSkills(user));
    }

    @PostMapping("/programmes/{id}/request/withdraw")
    String withdrawRequest(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        programmes.programme(user, id);
        participation.withdrawRequest(user, id);
        Flash.success(redirect, "request.withdrawn");
        return "redirect:/mentoring/programmes/" + id;
    }

    private void requireStarter(CurrentUser user) {
        if (!policy.canStartProgrammes(user)) {
            throw new AccessDeniedException("Only admins and curators start programmes");
        }
    }

    private String programmeForm(Model model) {
        model.addAttribute("departments", people.departments());
        model.addAttribute("crossDepartmentRules", CrossDepartment.values());
        return "mentoring/programme-form";
    }

    private String offerForm(Model model, CurrentUser user, Programme programme) {
        model.addAttribute("programme", programme);
        model.addAttribute("skills", participation.offerableSkills(user));
        return "mentoring/offer";
    }

    private String requestForm(Model model, Programme programme, List<ParticipationService.SkillChoice> choices) {
        model.addAttribute("programme", programme);
        model.addAttribute("skills", choices);
        return "mentoring/request";
    }

    /** Used by the programme page to describe the seniority rule with the organisation's grade names. */
    @ModelAttribute("grades")
    List<String> grades() {
        return settings.grades();
    }
}
