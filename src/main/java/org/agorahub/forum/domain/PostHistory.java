package org.agorahub.forum.domain;

import java.time.Instant;
import java.util.List;

/** Every text a post has had, newest first (the current one first), for moderators. */
public record PostHistory(
        long postId, long threadId, String threadTitle, long boardId, String boardName, List<Revision> revisions) {

    /** One text of the post, as written by whom and when; {@code current} for the text shown now. */
    public record Revision(String writtenByName, Instant writtenAt, String body, boolean current) {}
}
