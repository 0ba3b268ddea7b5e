package org.agorahub.expertise.domain;

import org.agorahub.shared.RefusedException;

/**
 * A change to skills that the rules refuse (a name already in use, an unknown skill, too many skills, a level off
 * the scale, ...): the message key and its arguments say why in the users' words, and {@code field} names the form
 * field at fault (null when it is about the whole form).
 */
public class SkillRefusedException extends RefusedException {

    public SkillRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
