package org.agorahub.expertise.domain;

/**
 * A change to skills that the rules refuse (a name already in use, an unknown skill, too many skills, a level off
 * the scale, ...): the message key and its arguments say why in the users' words, and {@code field} names the form
 * field at fault (null when it is about the whole form).
 */
public class SkillRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public SkillRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
