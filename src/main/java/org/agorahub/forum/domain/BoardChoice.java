package org.agorahub.forum.domain;

/** A board to choose in a list, such as where to move a thread. */
public record BoardChoice(long id, String name) {}
