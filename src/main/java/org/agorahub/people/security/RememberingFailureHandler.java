package org.agorahub.people.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed password sign-in gets the same answer (no hint whether the account exists, is deactivated or
 * paused), and the email typed is kept for the next try. Problems the person can act on once the directory or
 * provider has vouched for them (not allowed, no email, the directory down, the provider's answer refused) are
 * named: {@code /login?problem=<code>}.
 */
class RememberingFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(RememberingFailureHandler.class);

    static final String LAST_EMAIL = "agora.lastLoginEmail";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(LAST_EMAIL, email);
        }
        String target = "/login?error";
        if (exception instanceof SignInProblem problem) {
            target = "/login?problem=" + problem.code();
        } else if (exception instanceof OAuth2AuthenticationException oauth) {
            // a forged or replayed state, a token for another client or out of date, the person said no…
            log.info("OpenID Connect sign-in failed: {}", oauth.getError());
            target = "/login?problem=provider";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
