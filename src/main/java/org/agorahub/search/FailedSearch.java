package org.agorahub.search;

/** A search text that found nothing, and how many times people searched it: a content gap. */
public record FailedSearch(String query, int searches) {}
