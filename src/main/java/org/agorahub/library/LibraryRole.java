package org.agorahub.library;

/** What a person may do in one library, from least to most. */
public enum LibraryRole {
    READER,
    CONTRIBUTOR,
    MANAGER;

    public boolean atLeast(LibraryRole other) {
        return compareTo(other) >= 0;
    }
}
