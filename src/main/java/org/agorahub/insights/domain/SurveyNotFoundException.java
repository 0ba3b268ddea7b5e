package org.agorahub.insights.domain;

import org.agorahub.shared.NotFoundException;

/** A survey round that does not exist, or that the asker was not asked to answer and may not know of. */
public class SurveyNotFoundException extends NotFoundException {

    public SurveyNotFoundException(long id) {
        super("survey round " + id + " not found");
    }
}
