package org.agorahub.people.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.agorahub.people.domain.SecurityProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SecurityProperties properties;

    LoginController(SecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpSession session, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object email = session.getAttribute(RememberingFailureHandler.LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email);
        // the outcome arrives as a bare flag in the address: /login?error, ?logout, ?deactivated
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        model.addAttribute("maxFailures", properties.maxFailedLogins());
        model.addAttribute("lockoutMinutes", Math.max(1, properties.lockout().toMinutes()));
        model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
        model.addAttribute("deactivated", request.getParameterMap().containsKey("deactivated"));
        return "people/login";
    }
}
