package org.agorahub.shared;

/**
 * Something a person asked for that the rules refuse, for a reason they can act on: the message key and its arguments
 * say why in the users' words, and {@code field} names the form field at fault (null when it is about the whole form
 * or page). Nothing was changed. Modules extend it for their own refusals.
 */
public class RefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedException(String field, String messageKey, Object... arguments) {
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
