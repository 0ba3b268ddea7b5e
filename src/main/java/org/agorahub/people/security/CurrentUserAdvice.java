package org.agorahub.people.security;

import org.agorahub.people.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (or null), e.g. for the name in the header. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUserArgumentResolver.from(
                SecurityContextHolder.getContext().getAuthentication());
    }
}
