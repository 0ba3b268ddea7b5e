package org.agorahub.mentoring.web;

import java.time.LocalDate;
import org.agorahub.mentoring.domain.MentoringRefusedException;
import org.agorahub.mentoring.domain.MentorshipService;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A mentorship: goals, the pair's check-in log, completion and feedback. */
@Controller
@RequestMapping("/mentoring/mentorships")
class MentorshipController {

    private final MentorshipService mentorships;

    MentorshipController(MentorshipService mentorships) {
        this.mentorships = mentorships;
    }

    @GetMapping("/{id}")
    String mentorship(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("mentorship", mentorships.mentorship(user, id));
        if (!model.containsAttribute("metOn")) {
            model.addAttribute("metOn", LocalDate.now());
        }
        return "mentoring/mentorship";
    }

    @PostMapping("/{id}/checkins")
    String checkIn(
            @PathVariable long id,
            @RequestParam(required = false) String metOn,
            @RequestParam(defaultValue = "") String notes,
            CurrentUser user,
            RedirectAttributes redirect) {
        LocalDate date = parse(metOn);
        try {
            if (date == null) {
                throw new MentoringRefusedException("metOn", "checkin.metOn.required");
            }
            mentorships.checkIn(user, id, date, notes);
            Flash.success(redirect, "checkin.saved");
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            // what they wrote comes back with the message, so nothing is lost
            redirect.addFlashAttribute("notes", notes);
            redirect.addFlashAttribute("metOn", date == null ? LocalDate.now() : date);
        }
        return "redirect:/mentoring/mentorships/" + id;
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            mentorships.complete(user, id);
            Flash.success(redirect, "mentorship.completed");
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/mentoring/mentorships/" + id;
    }

    @PostMapping("/{id}/feedback")
    String feedback(
            @PathVariable long id,
            @RequestParam(required = false) String rating,
            @RequestParam(defaultValue = "") String comment,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            Integer stars = rating != null && rating.matches("[1-5]") ? Integer.valueOf(rating) : null;
            mentorships.feedback(user, id, stars, comment);
            Flash.success(redirect, "feedback.saved");
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            redirect.addFlashAttribute("comment", comment);
        }
        return "redirect:/mentoring/mentorships/" + id;
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
