package org.agorahub.expertise.domain;

import org.agorahub.shared.NotFoundException;

/** No active person with this id to ask (a deactivated person is not confirmed to exist). */
public class ExpertNotFoundException extends NotFoundException {

    public ExpertNotFoundException(long id) {
        super("No active person " + id);
    }
}
