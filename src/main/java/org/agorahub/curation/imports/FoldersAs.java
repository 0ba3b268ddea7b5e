package org.agorahub.curation.imports;

/** What the zip's folders become on the imported documents. */
public enum FoldersAs {
    /** The folder path becomes a category path (created where missing), at most six levels deep. */
    CATEGORIES,
    /** Each folder's name becomes a tag. */
    TAGS
}
