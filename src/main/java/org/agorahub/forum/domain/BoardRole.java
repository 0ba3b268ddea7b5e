package org.agorahub.forum.domain;

/** A named person's part in a board. */
public enum BoardRole {
    /** Sees the board even when it is restricted to named people. */
    MEMBER,
    /** A member who also deletes posts, locks and deletes threads, sees edit histories and accepts answers. */
    MODERATOR
}
