package org.agorahub.mentoring.matching;

/** How a mentor or mentee wants to meet. */
public enum MeetingFormat {
    IN_PERSON,
    REMOTE,
    EITHER
}
