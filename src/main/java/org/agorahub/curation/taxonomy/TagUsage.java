package org.agorahub.curation.taxonomy;

/** A tag as stored, with how many documents and forum threads carry it. */
public record TagUsage(String name, long documents, long threads) {}
