package org.agorahub.people;

/** What a person may do beyond reading what their audience allows. Every person is a {@link #MEMBER}. */
public enum Role {
    MEMBER,
    CURATOR,
    /** Lead of their own department: sees its dashboards. */
    DEPARTMENT_LEAD,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
