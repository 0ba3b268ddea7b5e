package org.agorahub.search.domain;

/**
 * Names of the fields of the {@code document}, {@code forum_thread} and {@code person} indexes that queries use; the
 * mappings themselves live with the owning modules ({@code Document} and {@code DocumentSearchBinder} in the library
 * module, {@code ForumThread} and {@code ThreadSearchBinder} in the forum module, {@code PersonEntry} and {@code
 * PersonEntrySearchBinder} in the expertise module), which use the same names for the same things so that one query
 * searches all three. Some fields exist in one index only (libraryId, status… for documents; boardId, answered for
 * threads; summary for people): a filter on one of them keeps only items of that index.
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
    static final String BOARD = "boardId";
    static final String ANSWERED = "answered";
    /** A person's "job title · department", shown under them (people only). */
    static final String SUMMARY = "summary";

    private SearchFields() {}
}
