package org.agorahub.search.domain;

/**
 * Names of the fields of the {@code document} index that queries use; the mapping itself lives with the owning
 * module ({@code Document} and {@code DocumentSearchBinder} in the library module).
 */
final class SearchFields {

    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String DESCRIPTION = "description";
    static final String TEXT = "text";
    static final String SPELL = "spell";
    static final String READ_TOKENS = "readTokens";

    static final String KIND = "kind";
    static final String LIBRARY = "libraryId";
    static final String CATEGORY = "categoryId";
    static final String DEPARTMENT = "departmentId";
    static final String TAG = "tag";
    static final String FILE_TYPE = "fileType";
    static final String STATUS = "status";
    static final String UPDATED = "updatedAt";

    private SearchFields() {}
}
