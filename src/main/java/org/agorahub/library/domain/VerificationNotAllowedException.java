package org.agorahub.library.domain;

/** Only curators and library managers may mark a document verified (with the Verify action). */
public class VerificationNotAllowedException extends RuntimeException {

    public VerificationNotAllowedException() {
        super("Only curators and library managers verify documents");
    }
}
