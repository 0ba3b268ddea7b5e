package org.agorahub.curation.taxonomy;

/** The sizes of the vocabularies curators keep, for the taxonomy hub. */
public record TaxonomyOverview(long tags, long categories, long synonymGroups, long skills) {}
