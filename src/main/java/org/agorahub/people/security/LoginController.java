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
    private final LdapProperties ldap;
    private final OidcProperties oidc;
    private final LocalSignInProperties local;

    LoginController(
            SecurityProperties properties, LdapProperties ldap, OidcProperties oidc, LocalSignInProperties local) {
        this.properties = properties;
        this.ldap = ldap;
        this.oidc = oidc;
        this.local = local;
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
        // the outcome arrives as a bare flag in the address: /login?error, ?logout, ?deactivated, ?problem=<code>
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        model.addAttribute("maxFailures", properties.maxFailedLogins());
        model.addAttribute("lockoutMinutes", Math.max(1, properties.lockout().toMinutes()));
        model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
        String problem = request.getParameter("problem");
        boolean deactivated = request.getParameterMap().containsKey("deactivated") || "deactivated".equals(problem);
        model.addAttribute("deactivated", deactivated);
        String problemKey =
                problem != null && SignInProblem.CODES.contains(problem) ? "login.problem." + problem : null;
        if ("unreachable".equals(problem) && !local.enabled()) {
            problemKey = "login.problem.unreachable-no-local";
        }
        model.addAttribute("problem", problemKey);
        model.addAttribute("passwordForm", ldap.enabled() || local.enabled());
        model.addAttribute("directory", ldap.enabled());
        model.addAttribute("localAccounts", local.enabled());
        model.addAttribute("provider", oidc.enabled() ? oidc.providerName() : null);
        model.addAttribute("providerPath", "/oauth2/authorization/" + oidc.registrationId());
        return "people/login";
    }
}
