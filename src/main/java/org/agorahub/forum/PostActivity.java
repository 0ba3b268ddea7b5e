package org.agorahub.forum;

import java.time.LocalDate;

/**
 * How many posts of a kind a person wrote on a day (not deleted), for aggregates such as the KM dashboards: never
 * for display, there is no access check.
 */
public record PostActivity(long personId, LocalDate day, Kind kind, int count) {

    public enum Kind {
        /** The opening post of a question. */
        QUESTION,
        /** The opening post of a discussion. */
        DISCUSSION,
        /** A reply. */
        REPLY,
        /** A reply accepted as the answer, counted on the day it was accepted. */
        ACCEPTED_ANSWER
    }
}
