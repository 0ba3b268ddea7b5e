package org.agorahub.mentoring.domain;

import org.agorahub.shared.RefusedException;

/**
 * A mentoring action refused for a reason the person can act on: shown as a message (the key, with arguments), next
 * to the field named when there is one; nothing was changed.
 */
public class MentoringRefusedException extends RefusedException {

    public MentoringRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
