package org.agorahub.people;

import org.agorahub.shared.RefusedException;

/** A hand-over or a deactivation the rules refuse (unknown or deactivated successor, the last admin…); nothing changed. */
public class HandOverRefusedException extends RefusedException {

    public HandOverRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
