package org.agorahub.mentoring.web;

import org.agorahub.mentoring.domain.MentoringRefusedException;
import org.agorahub.mentoring.domain.ProposalService;
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

/** A proposed pair: why, and each side's answer. */
@Controller
@RequestMapping("/mentoring/proposals")
class ProposalController {

    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/{id}")
    String proposal(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("proposal", proposals.proposal(user, id));
        return "mentoring/proposal";
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            Long mentorship = proposals.accept(user, id);
            if (mentorship != null) {
                Flash.success(redirect, "proposal.started");
                return "redirect:/mentoring/mentorships/" + mentorship;
            }
            Flash.success(redirect, "proposal.accepted");
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/mentoring/proposals/" + id;
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            proposals.decline(user, id, reason);
            Flash.success(redirect, "proposal.declined");
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/mentoring/proposals/" + id;
    }
}
