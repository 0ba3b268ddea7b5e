package org.agorahub.library;

/** Government security classification; sensitive documents are for library members only. */
public enum Classification {
    OFFICIAL,
    OFFICIAL_SENSITIVE;

    public boolean sensitive() {
        return this == OFFICIAL_SENSITIVE;
    }
}
