package org.agorahub.forum;

/** A thread as other modules link to it: enough to show its title and board and to link to its page. */
public record ThreadReference(long id, String title, ThreadKind kind, long boardId, String boardName) {}
