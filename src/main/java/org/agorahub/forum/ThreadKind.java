package org.agorahub.forum;

/** What a thread is for: talking something over, or asking a question that one reply can answer. */
public enum ThreadKind {
    DISCUSSION,
    QUESTION
}
