package org.agorahub.forum.domain;

/** A named person's part in a board. */
public enum BoardRole {
    /** Sees the board even when it is restricted to named people. */
    MEMBER,
    /**
     * A member who also deletes and hides posts, resolves flags, locks, pins, moves and deletes threads, sees edit
     * histories, accepts answers and changes the board's name, description and people.
     */
    MODERATOR
}
