package org.agorahub.people;

/** Who may read a library, board or other container. */
public enum Visibility {
    /** Everyone with an account. */
    ORGANISATION,
    /** Members of the owning department. */
    DEPARTMENT,
    /** Named people only. */
    RESTRICTED
}
