package org.agorahub.library.domain;

/** Another library already has this name. */
public class LibraryNameInUseException extends RuntimeException {

    public LibraryNameInUseException() {
        super("Another library already has this name");
    }
}
