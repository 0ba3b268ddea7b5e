package org.agorahub.library.domain;

/** Only curators and admins create libraries for another department. */
public class NotYourDepartmentException extends RuntimeException {

    public NotYourDepartmentException() {
        super("Only curators and admins create libraries for another department");
    }
}
