package org.agorahub.library.domain;

/** Someone else changed this since it was opened. */
public class ChangedSinceOpenedException extends RuntimeException {

    public ChangedSinceOpenedException() {
        super("Someone else changed this since it was opened");
    }
}
