package org.agorahub.library.domain;

/** A library keeps at least one manager. */
public class LastManagerException extends RuntimeException {

    public LastManagerException() {
        super("A library keeps at least one manager");
    }
}
