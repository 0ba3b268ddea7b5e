package org.agorahub.people.web;

import jakarta.validation.Valid;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.domain.PersonService;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: for now, changing the password. */
@Controller
class AccountController {

    private final PersonService people;

    AccountController(PersonService people) {
        this.people = people;
    }

    @GetMapping("/account")
    String account(CurrentUser user, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("external", user.id() != null && people.signsInElsewhere(user.id()));
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            CurrentUser user,
            RedirectAttributes redirect,
            Model model) {
        boolean external = people.signsInElsewhere(user.id());
        model.addAttribute("external", external);
        if (external) {
            // their password is the directory's or the provider's: Agora's own is a random one nobody knows
            errors.reject("account.password.external");
            return "account/password";
        }
        if (!form.confirmationMatches()) {
            errors.rejectValue("confirmPassword", "account.password.confirm.mismatch");
        }
        if (!errors.hasErrors() && !people.changePassword(user.id(), form.currentPassword(), form.newPassword())) {
            errors.rejectValue("currentPassword", "account.password.current.wrong");
        }
        if (errors.hasErrors()) {
            return "account/password";
        }
        Flash.success(redirect, "account.password.changed");
        return "redirect:/account";
    }
}
