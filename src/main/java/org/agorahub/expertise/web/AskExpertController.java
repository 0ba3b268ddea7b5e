package org.agorahub.expertise.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.agorahub.expertise.domain.AskExpertQuestion;
import org.agorahub.expertise.domain.AskExpertRefusedException;
import org.agorahub.expertise.domain.AskExpertService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.web.Flash;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Ask this expert": a question to one person, posted on a forum board the asker chooses. */
@Controller
class AskExpertController {

    private final AskExpertService asking;

    AskExpertController(AskExpertService asking) {
        this.asking = asking;
    }

    @GetMapping("/people/{id}/ask")
    String form(
            @PathVariable long id,
            @RequestParam(required = false) String skill,
            CurrentUser user,
            Model model,
            HttpServletResponse response) {
        PersonSummary expert = asking.expert(id);
        AskExpertForm form = AskExpertForm.blank(skill == null || skill.length() > 100 ? null : skill.strip());
        return page(model, user, expert, form, response);
    }

    @PostMapping("/people/{id}/ask")
    String ask(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AskExpertForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PersonSummary expert = asking.expert(id);
        if (asking.isSelf(user, id)) {
            return page(model, user, expert, form, response);
        }
        if (!errors.hasFieldErrors("board") && form.boardId() == null) {
            errors.rejectValue("board", "ask.board.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                long thread = asking.ask(
                        user,
                        id,
                        new AskExpertQuestion(
                                form.boardId(), form.title(), form.body(), form.tagSet(), form.submission()));
                Flash.success(redirect, "ask.sent", expert.displayName());
                return "redirect:/forums/threads/" + thread;
            } catch (AskExpertRefusedException e) {
                if (e.field() == null) {
                    errors.reject(e.messageKey(), e.arguments(), null);
                } else {
                    errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
                }
            } catch (IllegalArgumentException e) {
                // the forum's refusals (a text too long, posting too fast): shown on the form, the text kept
                if (e instanceof MessageSourceResolvable refusal) {
                    errors.reject(refusal.getCodes()[0], refusal.getArguments(), null);
                } else {
                    errors.reject("ask.refused");
                }
            }
        }
        return page(model, user, expert, form, response);
    }

    private String page(
            Model model, CurrentUser user, PersonSummary expert, AskExpertForm form, HttpServletResponse response) {
        boolean self = asking.isSelf(user, expert.id());
        if (self) {
            // nobody asks themselves: the page says so, without a form
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            model.addAttribute("boards", asking.boards(user));
        }
        model.addAttribute("self", self);
        model.addAttribute("expert", expert);
        model.addAttribute("form", form);
        return "expertise/ask";
    }
}
