package org.agorahub.library.domain;

/** Where a request for access to a library stands. */
public enum AccessRequestStatus {
    PENDING,
    APPROVED,
    DECLINED
}
