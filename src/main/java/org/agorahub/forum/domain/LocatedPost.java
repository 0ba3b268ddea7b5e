package org.agorahub.forum.domain;

/** A post with its thread and the thread's board, found for a person who may see them. */
record LocatedPost(Post post, ForumThread thread, BoardAccess board) {}
