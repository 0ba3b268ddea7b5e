package org.agorahub.library;

/**
 * A document whose owner has left (their account is deactivated): it needs a new owner before it goes stale.
 *
 * @param kind {@code FILE} or {@code PAGE}
 */
public record OrphanedDocument(
        long id, String title, String kind, long libraryId, String libraryName, long ownerId, String ownerName) {}
