package org.agorahub.forum.domain;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input the forum does not take, with the form field it concerns (null for the whole form) and a message key with
 * its arguments, so a form can show it beside the field. Other modules, which see only an
 * {@link IllegalArgumentException} through the forum's API, resolve its message as a {@link MessageSourceResolvable}.
 */
public class ForumRefusedException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ForumRefusedException(String field, String messageKey, Object... arguments) {
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

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
