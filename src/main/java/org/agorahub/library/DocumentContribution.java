package org.agorahub.library;

/**
 * One tag of a document not in the trash, with who owns, wrote and verified the document: a plain row for other
 * modules' background computations (expertise evidence), never for display, as it carries no access check.
 *
 * @param verifiedBy who last verified it, or null
 */
public record DocumentContribution(long documentId, long ownerId, long createdBy, Long verifiedBy, String tag) {}
