package org.agorahub.forum.web;

import org.agorahub.forum.domain.ForumRefusedException;
import org.springframework.validation.BindingResult;

/** Shows the forum's refusals on the form they concern. */
final class ForumForms {

    private ForumForms() {}

    static void reject(ForumRefusedException e, BindingResult errors) {
        if (e.field() == null || !errors.getTarget().getClass().isRecord() || !hasField(errors, e.field())) {
            errors.reject(e.messageKey(), e.arguments(), null);
        } else {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        for (var component : errors.getTarget().getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
