package org.agorahub.people.domain;

/**
 * The directory or provider vouched for someone, but Agora will not let them in; nothing was created or changed.
 */
public class SignInRefusedException extends RuntimeException {

    /** Why, in the words the login page shows (see {@code login.problem.*} in the messages). */
    public enum Reason {
        NOT_ALLOWED,
        NO_EMAIL,
        NO_DEPARTMENT,
        CONFLICT,
        DEACTIVATED
    }

    private final Reason reason;

    public SignInRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
