package org.agorahub.people.security;

import java.util.Locale;
import org.agorahub.people.domain.SignInRefusedException;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that failed for a reason the person may be told, unlike a wrong password: the login page shows
 * {@code login.problem.<code>}.
 */
class SignInProblem extends AuthenticationException {

    /** The codes the login page knows; anything else in the address is ignored. */
    static final java.util.Set<String> CODES =
            java.util.Set.of("not-allowed", "no-email", "no-department", "conflict", "unreachable", "provider");

    private final String code;

    SignInProblem(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    static SignInProblem refused(SignInRefusedException refusal) {
        return new SignInProblem(
                refusal.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), refusal.getMessage(), refusal);
    }

    static SignInProblem unreachable(Throwable cause) {
        return new SignInProblem("unreachable", "The directory did not answer", cause);
    }

    String code() {
        return code;
    }
}
