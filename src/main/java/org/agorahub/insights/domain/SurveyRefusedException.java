package org.agorahub.insights.domain;

/**
 * A survey action refused for a reason the person can act on: shown as a message (the key, with arguments), next to
 * the field named when there is one; nothing was changed.
 */
public class SurveyRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public SurveyRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The form field the message belongs next to, or null for the whole form or page. */
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
