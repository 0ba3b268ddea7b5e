package org.agorahub.mentoring.web;

import org.agorahub.mentoring.domain.MentoringRefusedException;
import org.springframework.validation.BindingResult;

/** Puts a refusal next to its field, or at the top of the form. */
final class Refusals {

    private Refusals() {}

    static void reject(BindingResult errors, MentoringRefusedException refused) {
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
        } else {
            errors.reject(refused.messageKey(), refused.arguments(), null);
        }
    }
}
