package org.agorahub.library.domain;

/** A tag and how many visible documents carry it. */
public record TagCount(String tag, long documents) {}
