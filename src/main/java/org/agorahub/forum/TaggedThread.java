package org.agorahub.forum;

/** A thread as other modules link to it, with the tag it was found by. */
public record TaggedThread(
        long id, String title, ThreadKind kind, long boardId, String boardName, boolean answered, int replyCount) {}
