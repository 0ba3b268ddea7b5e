package org.agorahub.mentoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.agorahub.mentoring.domain.MentoringRefusedException;
import org.agorahub.mentoring.domain.RoundService;
import org.agorahub.mentoring.domain.RoundView;
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

/** Organisers run a matching round, watch it, adjust its pairs and publish or discard it. */
@Controller
@RequestMapping("/mentoring")
class RoundController {

    /** Seconds between reloads of a running round's page (the Refresh header works without JavaScript). */
    static final int REFRESH_SECONDS = 2;

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @PostMapping("/programmes/{id}/rounds")
    String start(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            long round = rounds.start(user, id);
            return "redirect:/mentoring/rounds/" + round;
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/mentoring/programmes/" + id;
        }
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable long id, CurrentUser user, Model model, HttpServletResponse response) {
        RoundView round = rounds.round(user, id);
        if (round.running()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("round", round);
        return "mentoring/round";
    }

    @PostMapping("/rounds/{id}/pair")
    String pair(
            @PathVariable long id,
            @RequestParam long request,
            @RequestParam(required = false) Long offer,
            CurrentUser user,
            RedirectAttributes redirect) {
        if (offer == null) {
            Flash.error(redirect, "round.pair.chooseMentor");
            return "redirect:/mentoring/rounds/" + id;
        }
        return act(id, redirect, "round.pair.done", () -> rounds.pair(user, id, request, offer));
    }

    @PostMapping("/rounds/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long proposal, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "round.remove.done", () -> rounds.remove(user, id, proposal));
    }

    @PostMapping("/rounds/{id}/publish")
    String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "round.published", () -> rounds.publish(user, id));
    }

    @PostMapping("/rounds/{id}/discard")
    String discard(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "round.discarded", () -> rounds.discard(user, id));
    }

    private static String act(long round, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, success);
        } catch (MentoringRefusedException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/mentoring/rounds/" + round;
    }
}
