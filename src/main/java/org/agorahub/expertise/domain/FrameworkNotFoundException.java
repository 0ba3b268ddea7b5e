package org.agorahub.expertise.domain;

import org.agorahub.shared.NotFoundException;

public class FrameworkNotFoundException extends NotFoundException {

    FrameworkNotFoundException(long id) {
        super("No competency framework " + id);
    }
}
