package org.agorahub.expertise.domain;

/**
 * A question to an expert that is not sent, with the form field it concerns (null for the whole form) and a message
 * key with its arguments.
 */
public class AskExpertRefusedException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public AskExpertRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
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
