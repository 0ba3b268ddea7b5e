package org.agorahub.forum.domain;

/** A post someone is about to flag, as the flag page shows it: where it is and a plain-text excerpt. */
public record FlaggablePost(
        long postId,
        long threadId,
        String threadTitle,
        long boardId,
        String boardName,
        String authorName,
        String excerpt,
        boolean alreadyFlagged) {}
