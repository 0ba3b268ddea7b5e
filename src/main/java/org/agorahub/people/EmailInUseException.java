package org.agorahub.people;

/** Another account already uses this email address. */
public class EmailInUseException extends RuntimeException {

    public EmailInUseException(String email) {
        super("Email already in use: " + email);
    }
}
