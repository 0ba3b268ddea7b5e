package org.agorahub.library.domain;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * An upload that cannot be stored, with a message for the person who uploaded it: {@link #messageKey()} and
 * {@link #arguments()} go to {@code messages.properties} (or pass the exception itself to a {@code MessageSource}).
 */
public class FileRejectedException extends RuntimeException implements MessageSourceResolvable {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public FileRejectedException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static FileRejectedException empty() {
        return new FileRejectedException("upload.rejected.empty");
    }

    /** @param limit the largest size allowed, for people: "50 MB" */
    static FileRejectedException tooLarge(String limit) {
        return new FileRejectedException("upload.rejected.tooLarge", limit);
    }

    /**
     * @param detected what the content is, for people: "older Word document (.doc)"
     * @param supported the kinds accepted, with their extensions
     */
    static FileRejectedException unsupported(String detected, String supported) {
        return new FileRejectedException("upload.rejected.unsupported", detected, supported);
    }

    /**
     * @param detected what the content is, for people: "PDF", "program"
     * @param extension the extension of the name, without the dot
     */
    static FileRejectedException mismatch(String detected, String extension) {
        return new FileRejectedException("upload.rejected.mismatch", detected, extension);
    }

    static FileRejectedException unusableName() {
        return new FileRejectedException("upload.rejected.name");
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
}
