package org.agorahub.forum.domain;

/** A post its author is editing, with where it lives for the breadcrumbs. */
public record EditablePost(
        long id, long threadId, String threadTitle, long boardId, String boardName, boolean opening, String body) {}
