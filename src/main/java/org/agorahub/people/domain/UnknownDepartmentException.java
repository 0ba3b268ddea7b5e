package org.agorahub.people.domain;

/** A form named a department that does not exist (any more). */
public class UnknownDepartmentException extends RuntimeException {

    public UnknownDepartmentException(long id) {
        super("No department " + id);
    }
}
