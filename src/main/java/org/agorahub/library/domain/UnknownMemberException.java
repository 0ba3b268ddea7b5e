package org.agorahub.library.domain;

/** No active person with that id. */
public class UnknownMemberException extends RuntimeException {

    public UnknownMemberException() {
        super("No active person with that id");
    }
}
