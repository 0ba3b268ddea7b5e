package org.agorahub.library.domain;

/** How a library's documents may be ordered; each maps to a fixed SQL clause. */
public enum DocumentSort {
    UPDATED("d.updated_at desc, d.id desc"),
    TITLE("lower(d.title), d.id"),
    REVIEW("d.review_by nulls last, d.id");

    final String orderBy;

    DocumentSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
