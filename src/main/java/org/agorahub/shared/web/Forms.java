package org.agorahub.shared.web;

import org.agorahub.shared.RefusedException;
import org.springframework.validation.BindingResult;

/** Form helpers every module's controllers share. */
public final class Forms {

    private Forms() {}

    /** Puts a refusal next to its field, or at the top of the form when it names none. */
    public static void reject(BindingResult errors, RefusedException refused) {
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
        } else {
            errors.reject(refused.messageKey(), refused.arguments(), null);
        }
    }
}
