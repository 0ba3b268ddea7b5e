package org.agorahub.library.domain;

/** A department library needs its department. */
public class DepartmentRequiredException extends RuntimeException {

    public DepartmentRequiredException() {
        super("A department library needs its department");
    }
}
