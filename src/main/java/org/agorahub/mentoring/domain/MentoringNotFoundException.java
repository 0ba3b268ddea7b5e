package org.agorahub.mentoring.domain;

import org.agorahub.shared.NotFoundException;

/** A programme, round, proposal or mentorship that does not exist, or that the asker may not know of. */
public class MentoringNotFoundException extends NotFoundException {

    public MentoringNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
