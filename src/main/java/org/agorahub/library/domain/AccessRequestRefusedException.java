package org.agorahub.library.domain;

import org.agorahub.shared.RefusedException;

/** A request for library access, or an answer to one, that the rules refuse; nothing was changed. */
public class AccessRequestRefusedException extends RefusedException {

    AccessRequestRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
