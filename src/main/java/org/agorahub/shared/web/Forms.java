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

    /**
     * A text carried by a link into a new item's form (a search that found nothing becoming a question's title):
     * trimmed and cut to the field's length, or null when there is none.
     */
    public static String prefill(String text, int maxLength) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? null : trimmed.substring(0, Math.min(trimmed.length(), maxLength));
    }
}
