package org.agorahub.library.domain;

/** How the library list may be ordered; each maps to a fixed SQL clause, never to user text. */
public enum LibrarySort {
    NAME("lower(l.name), l.id"),
    UPDATED("l.updated_at desc, l.id"),
    DOCUMENTS("documents desc, lower(l.name), l.id");

    final String orderBy;

    LibrarySort(String orderBy) {
        this.orderBy = orderBy;
    }
}
