package org.agorahub.people.domain;

import org.agorahub.shared.NotFoundException;

/** No person with this id (or one the viewer may not know of). */
public class UnknownPersonException extends NotFoundException {

    public UnknownPersonException(long id) {
        super("No person " + id);
    }
}
