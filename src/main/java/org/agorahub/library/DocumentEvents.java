package org.agorahub.library;

/**
 * What happens to documents, for search, enrichment and insights. Published in the transaction of the change and
 * delivered through Spring Modulith's event publication registry, so a listener that fails is retried.
 */
public final class DocumentEvents {

    private DocumentEvents() {}

    /** Something about a document that still exists changed: whoever keeps a copy of it should read it again. */
    public sealed interface DocumentChanged
            permits DocumentPublished, DocumentUpdated, DocumentVerified, DocumentTrashed, DocumentRestored {

        long documentId();

        long libraryId();
    }

    /** A new document (file or page) was added. */
    public record DocumentPublished(long documentId, long libraryId, long actorId) implements DocumentChanged {}

    /** A new version, new metadata or a restored version. */
    public record DocumentUpdated(long documentId, long libraryId, long actorId) implements DocumentChanged {}

    /** A curator or library manager confirmed the document is current. */
    public record DocumentVerified(long documentId, long libraryId, long actorId) implements DocumentChanged {}

    /** Moved to the trash (still restorable). */
    public record DocumentTrashed(long documentId, long libraryId, long actorId) implements DocumentChanged {}

    /** Back from the trash. */
    public record DocumentRestored(long documentId, long libraryId, long actorId) implements DocumentChanged {}

    /** Gone for good. */
    public record DocumentPurged(long documentId, long libraryId, long actorId) {}

    /** Who may read the library's documents changed: its visibility or its members. */
    public record LibraryAccessChanged(long libraryId, long actorId) {}
}
