package org.agorahub.library.web;

import jakarta.validation.Valid;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.domain.AccessRequestService;
import org.agorahub.library.domain.AccessRequestState;
import org.agorahub.library.domain.AccessRequestView;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.web.Flash;
import org.agorahub.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for access to a library one can see, and the managers' answers: the list of requests waiting for the
 * person (with their own requests) and one request's page with Approve and Decline.
 */
@Controller
class AccessRequestController {

    /** The value of a form's {@code back} field that returns to the library's settings page after answering. */
    static final String BACK_TO_SETTINGS = "settings";

    private final AccessRequestService requests;

    AccessRequestController(AccessRequestService requests) {
        this.requests = requests;
    }

    @GetMapping("/libraries/{id}/access")
    String askForm(@PathVariable long id, CurrentUser user, Model model) {
        AccessRequestState state = requests.state(user, id);
        return askPage(model, state, AccessRequestForm.blank(state.askable()), false);
    }

    @PostMapping("/libraries/{id}/access")
    String ask(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccessRequestForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        AccessRequestState state = requests.state(user, id);
        if (!errors.hasErrors()) {
            try {
                requests.ask(user, id, form.role(), form.message());
                Flash.success(redirect, "library.access.sent", state.libraryName());
                return "redirect:/libraries/" + id;
            } catch (RefusedException e) {
                Forms.reject(errors, e);
            }
        }
        return askPage(model, requests.state(user, id), form, true);
    }

    @GetMapping("/libraries/requests")
    String list(CurrentUser user, Model model) {
        model.addAttribute("waiting", requests.waiting(user));
        model.addAttribute("waitingCount", requests.countWaiting(user));
        model.addAttribute("mine", requests.mine(user));
        model.addAttribute("listed", AccessRequestService.LISTED);
        return "library/requests";
    }

    @GetMapping("/libraries/requests/{requestId}")
    String show(
            @PathVariable long requestId, @RequestParam(required = false) String back, CurrentUser user, Model model) {
        AccessRequestView request = requests.request(user, requestId);
        String returnTo = BACK_TO_SETTINGS.equals(back) ? BACK_TO_SETTINGS : null;
        return requestPage(
                model, request, new ApproveForm(request.role(), returnTo), new DeclineForm("", returnTo), false);
    }

    @PostMapping("/libraries/requests/{requestId}/approve")
    String approve(
            @PathVariable long requestId,
            @Valid @ModelAttribute("approveForm") ApproveForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        // approve and decline check that the person may answer it (the same 404 as the page otherwise)
        if (!errors.hasErrors()) {
            try {
                AccessRequestView approved = requests.approve(user, requestId, form.role());
                Flash.success(
                        redirect,
                        "library.access.approved." + approved.grantedRole().name(),
                        approved.personName(),
                        approved.libraryName());
                return back(form.back(), approved);
            } catch (RefusedException e) {
                Forms.reject(errors, e);
            }
        }
        return requestPage(model, requests.request(user, requestId), form, new DeclineForm("", form.back()), true);
    }

    @PostMapping("/libraries/requests/{requestId}/decline")
    String decline(
            @PathVariable long requestId,
            @Valid @ModelAttribute("declineForm") DeclineForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                AccessRequestView declined = requests.decline(user, requestId, form.reason());
                Flash.success(redirect, "library.access.declined", declined.personName(), declined.libraryName());
                return back(form.back(), declined);
            } catch (RefusedException e) {
                Forms.reject(errors, e);
            }
        }
        AccessRequestView request = requests.request(user, requestId);
        return requestPage(model, request, new ApproveForm(request.role(), form.back()), form, true);
    }

    private String askPage(Model model, AccessRequestState state, AccessRequestForm form, boolean refused) {
        model.addAttribute("state", state);
        // a request waiting: no second form, unless this one was just refused (its text is kept with the message)
        model.addAttribute("showForm", !state.askable().isEmpty() && (!state.pending() || refused));
        model.addAttribute("form", form);
        return "library/access-request";
    }

    private String requestPage(
            Model model, AccessRequestView request, ApproveForm approve, DeclineForm decline, boolean refused) {
        model.addAttribute("request", request);
        // an answered request offers no answer, unless one was just refused (to say why, the input kept)
        model.addAttribute("showForms", request.pending() || refused);
        model.addAttribute("roles", LibraryRole.values());
        model.addAttribute("approveForm", approve);
        model.addAttribute("declineForm", decline);
        return "library/request";
    }

    private static String back(String back, AccessRequestView request) {
        return BACK_TO_SETTINGS.equals(back)
                ? "redirect:/libraries/" + request.libraryId() + "/settings"
                : "redirect:/libraries/requests";
    }
}
