package org.agorahub.library;

/**
 * A document as other modules link to it: enough to show its title and kind and to link to its page.
 *
 * @param kind {@code FILE} or {@code PAGE}
 */
public record DocumentReference(long id, String title, String kind, long libraryId, String libraryName) {}
