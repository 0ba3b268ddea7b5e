package org.agorahub.curation.featured;

/** What can be pinned to the home page. */
public enum FeaturedKind {
    DOCUMENT,
    THREAD,
    PERSON
}
