package org.agorahub.mentoring.matching;

/** A programme's rule on pairing people from different departments. */
public enum CrossDepartment {
    /** Mentor and mentee must be in different departments (a hard constraint). */
    REQUIRED,
    /** Pairs across departments score higher. */
    PREFERRED,
    /** Departments play no part, unless the mentee asked for someone outside theirs. */
    NOT_REQUIRED
}
