package org.agorahub.library;

/** Where a document stands in its review cycle. */
public enum DocumentStatus {
    DRAFT,
    PUBLISHED,
    VERIFIED,
    NEEDS_REVIEW,
    OBSOLETE
}
