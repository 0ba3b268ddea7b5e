package org.agorahub.people.domain;

/** Another department already has this name. */
public class DepartmentNameInUseException extends RuntimeException {

    public DepartmentNameInUseException(String name) {
        super("Department name in use: " + name);
    }
}
