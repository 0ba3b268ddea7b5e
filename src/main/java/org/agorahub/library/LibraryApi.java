package org.agorahub.library;

import java.util.Optional;
import java.util.Set;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Visibility;

/**
 * What other modules may do with libraries, always as a person and under the same access rules as the pages.
 */
public interface LibraryApi {

    long createLibrary(CurrentUser creator, String name, String description, Long departmentId, Visibility visibility);

    void setMember(CurrentUser manager, long libraryId, long personId, LibraryRole role);

    /**
     * Adds a file as a document owned by the uploader.
     *
     * @throws IllegalArgumentException when the file is refused (empty, too large, unsupported, misnamed)
     */
    long uploadDocument(CurrentUser uploader, long libraryId, String fileName, byte[] content, NewDocument details);

    /**
     * Adds a file as a document owned by the uploader, with the same checks, text extraction and audit record as an
     * upload through the pages, in the given category (or none). {@code inSameTransaction} runs with the new
     * document's id before its transaction commits, so what it writes commits with the document or not at all; when
     * it throws, no document is written. For bulk imports, which record each entry's outcome this way.
     *
     * @throws org.agorahub.shared.RefusedException when the file is refused (empty, too large, unsupported,
     *     misnamed, a zip bomb), with the message that says why; nothing is written
     */
    long importDocument(
            CurrentUser uploader,
            long libraryId,
            String fileName,
            byte[] content,
            NewDocument details,
            Long categoryId,
            java.util.function.LongConsumer inSameTransaction);

    /** The largest file an upload accepts, in bytes. */
    long maxFileBytes();

    /** Names of the libraries the person manages (every library for curators and admins), by name, by id. */
    java.util.Map<Long, String> managedLibraries(CurrentUser user);

    /**
     * The document category at the end of this path of names from the top level, created where missing (as a
     * curator or admin would on the categories page, audited).
     */
    long categoryPath(CurrentUser curator, java.util.List<String> names);

    /** Marks a document verified as current, as a curator or library manager does with the Verify action. */
    void verify(CurrentUser verifier, long documentId);

    /** Adds a Markdown page owned by its author. */
    long createPage(CurrentUser author, long libraryId, String markdown, NewDocument details);

    /** Names of those of the given libraries the person may see, by id (for breadcrumbs of search hits). */
    java.util.Map<Long, String> libraryNames(CurrentUser user, java.util.Collection<Long> libraryIds);

    /** Names of all document categories by id (categories are shared by every library and not secret). */
    java.util.Map<Long, String> categoryNames();
    /**
     * Tags of those of the given documents the person may read (not in the trash, sensitive ones only for library
     * members), by document id; one query however many.
     */
    java.util.Map<Long, Set<String>> documentTags(CurrentUser user, java.util.Collection<Long> documentIds);

    /**
     * Those of the given documents the person may read (not in the trash, sensitive ones only for library members),
     * by id; one query however many. For other modules' links to documents.
     */
    java.util.Map<Long, DocumentReference> readableDocuments(CurrentUser user, java.util.Collection<Long> documentIds);

    /** All libraries, whoever may see them: for set-up code such as seeding, never for display. */
    long countLibraries();

    /** Documents not in the trash, whoever may see them: for set-up code such as index rebuilds, never for display. */
    long countActiveDocuments();

    /**
     * The tokens a person reads documents with in the search index, matching the tokens each indexed document
     * carries: a document is readable exactly when it shares one of them. Empty when the person reads every
     * document (admins and curators), so search applies no trimming.
     */
    Optional<Set<String>> documentReadTokens(CurrentUser user);

    /**
     * For each key (a skill id, say), up to {@code perKey} VERIFIED documents carrying any of its tags (compared
     * after normalising like {@link org.agorahub.shared.Tags}) that the person may read (not in the trash, sensitive
     * ones only for library members), most recently verified first. One query however many keys; keys without such
     * documents are left out.
     */
    java.util.Map<Long, java.util.List<DocumentReference>> verifiedDocumentsTagged(
            CurrentUser user, java.util.Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey);

    /**
     * Documents not in the trash whose owner is deactivated, that the person may read, owned by someone of the
     * department or kept in one of its libraries; by title, at most {@code limit}. One query.
     */
    java.util.List<OrphanedDocument> documentsOfDeactivatedOwners(CurrentUser user, long departmentId, int limit);

    /**
     * Documents not in the trash carrying any of these tags (as stored, normalised like {@code Tags}), one row per
     * document and matching tag, with who owns, wrote and verified them; only those the person owns, wrote or
     * verified when {@code personId} is given. For background computations such as expertise evidence, never for
     * display: there is no access check. One query.
     */
    java.util.List<DocumentContribution> documentContributions(java.util.Collection<String> tags, Long personId);

    /** Every person's document versions by day, for aggregates only (no access check). One query. */
    java.util.List<DocumentActivity> documentActivity();

    /** Documents opened across department lines, by department pair and day (for aggregates). One query. */
    java.util.List<DocumentUse> documentUse();

    /**
     * How current each department's documents are now, by department id (a document belongs to its library's
     * department, or its owner's when the library has none). For the nightly aggregates: it reads every live document.
     */
    java.util.Map<Long, DocumentCurrency> currencyByDepartment();

    /**
     * How many documents wait in the person's review queue: overdue or due for review within
     * {@link ReviewCounts#DUE_WITHIN_DAYS} days, marked for review, or reported as outdated; only in libraries the
     * person may verify documents in (every library for curators and admins, the ones they manage for others). One
     * query.
     */
    ReviewCounts reviewCounts(CurrentUser user);

    /** The person's review queue, filtered, overdue first; two queries. */
    org.springframework.data.domain.Page<ReviewItem> reviewQueue(
            CurrentUser user, ReviewQueueFilter filter, org.springframework.data.domain.Pageable page);

    /** The libraries with documents in the person's review queue, id to name, by name. */
    java.util.Map<Long, String> reviewQueueLibraries(CurrentUser user);

    /** The owners of documents in the person's review queue, id to name, by name. */
    java.util.Map<Long, String> reviewQueueOwners(CurrentUser user);

    /**
     * How many requests for library access wait for this person's answer: those of the libraries where they are a
     * named manager, every waiting request for admins. One query.
     */
    long countAccessRequestsWaiting(CurrentUser viewer);

    /** Whether the person may verify documents in any library. */
    boolean verifiesAnyLibrary(CurrentUser user);

    /**
     * Marks a document obsolete, as those who verify it may: out of the review cycle, its open reports resolved.
     * Joins the caller's transaction.
     */
    void markObsolete(CurrentUser user, long documentId);

    /**
     * Gives a document a new owner, as those who verify it may. Joins the caller's transaction.
     *
     * @throws OwnerNotActiveException when the new owner is unknown or deactivated
     */
    void handOver(CurrentUser user, long documentId, long newOwnerId);

    /**
     * Every document tag (as stored, normalised like {@link org.agorahub.shared.Tags}) with how many documents carry
     * it, trash included, by tag. For the curators' taxonomy screens (curators read every document). One query.
     */
    java.util.Map<String, Long> documentTagUsage();

    /**
     * Replaces the tag {@code from} by {@code to} on every document carrying it (trash included), or removes it
     * when {@code to} is null; a document already carrying {@code to} keeps it once. Runs in the caller's
     * transaction; the documents' search entries change when it commits. Only curators and admins.
     *
     * @return the number of documents changed
     */
    int replaceDocumentTag(CurrentUser curator, String from, String to);

    /**
     * Up to {@code limit} documents the person may open whose meaning is close to the vector (a thread's, say), most
     * similar first; none when the vector is unusable.
     */
    java.util.List<SimilarDocument> similarDocuments(CurrentUser user, float[] vector, int limit);
}
