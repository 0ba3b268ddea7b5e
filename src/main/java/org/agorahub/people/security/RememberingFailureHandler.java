package org.agorahub.people.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed sign-in gets the same answer (no hint whether the account exists, is deactivated or paused),
 * and the email typed is kept for the next try.
 */
class RememberingFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_EMAIL = "agora.lastLoginEmail";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(LAST_EMAIL, email);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
