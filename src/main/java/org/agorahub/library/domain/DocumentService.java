package org.agorahub.library.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agorahub.library.DocumentEvents.DocumentPublished;
import org.agorahub.library.DocumentEvents.DocumentPurged;
import org.agorahub.library.DocumentEvents.DocumentRestored;
import org.agorahub.library.DocumentEvents.DocumentTrashed;
import org.agorahub.library.DocumentEvents.DocumentUpdated;
import org.agorahub.library.DocumentEvents.DocumentVerified;
import org.agorahub.library.DocumentReference;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.OwnerNotActiveException;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.Tags;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.markdown.MarkdownRenderer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents: uploads and their versions, the document page, downloads, review status and the trash. Every method
 * asks the {@link LibraryPolicy} first; a document the person may not see is "not found".
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** How long a verification holds before the document is due for review again. */
    static final int REVIEW_MONTHS = 12;

    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final LibraryService libraries;
    private final LibraryPolicy policy;
    private final AccessPolicy access;
    private final FileInspector inspector;
    private final FileStore files;
    private final PeopleApi people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final MarkdownRenderer markdown;

    DocumentService(
            DocumentRepository documents,
            DocumentVersionRepository versions,
            LibraryService libraries,
            LibraryPolicy policy,
            AccessPolicy access,
            FileInspector inspector,
            FileStore files,
            PeopleApi people,
            AuditLog audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            MarkdownRenderer markdown) {
        this.documents = documents;
        this.versions = versions;
        this.libraries = libraries;
        this.policy = policy;
        this.access = access;
        this.inspector = inspector;
        this.files = files;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.markdown = markdown;
    }

    /**
     * Adds an uploaded file as a new document. The file is inspected (type, text) before anything is written; the
     * bytes, the document, its first version and the audit record then commit together or not at all.
     *
     * Runs outside any transaction: text extraction may take seconds and must not hold a connection.
     *
     * @throws FileRejectedException when the file is empty, too large, of an unsupported type or misnamed
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long upload(CurrentUser user, long libraryId, UploadedFile file, DocumentDetails details) {
        return upload(user, libraryId, file, details, id -> {});
    }

    /**
     * As {@link #upload(CurrentUser, long, UploadedFile, DocumentDetails)}, and runs {@code inSameTransaction} with
     * the new document's id before the transaction commits: what it writes commits with the document or not at all,
     * and when it throws no document is written (a bulk import records each entry's outcome this way).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long upload(
            CurrentUser user,
            long libraryId,
            UploadedFile file,
            DocumentDetails details,
            java.util.function.LongConsumer inSameTransaction) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        access.require(policy.canContribute(user, library), user, "upload to library", libraryId);
        policy.checkStatusChange(user, library, null, details.status());
        InspectedFile inspected = inspector.inspect(file.originalName(), file.content());
        DocumentDetails described = details.title() == null || details.title().isBlank()
                ? withTitle(details, titleFrom(inspected.fileName()))
                : details;
        return transactions.execute(status -> {
            files.store(inspected.sha256(), file.content());
            Document document = documents.save(new Document(libraryId, Document.Kind.FILE, described, user.id()));
            versions.save(DocumentVersion.ofFile(document.getId(), 1, stored(inspected), null, user.id()));
            audit.record(user.id(), "document.created", "document", document.getId(), inspected.fileName());
            events.publishEvent(new DocumentPublished(document.getId(), libraryId, user.id()));
            inSameTransaction.accept(document.getId());
            return document.getId();
        });
    }

    /** The largest file an upload accepts, in bytes. */
    public long maxFileBytes() {
        return inspector.maxFileBytes();
    }

    /** A new version of a file document; the earlier ones stay. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int addVersion(CurrentUser user, long documentId, UploadedFile file, String changeNote) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        LibraryAccess library = found.library();
        access.require(canEdit(user, library, document), user, "add a version", documentId);
        if (document.getKind() != Document.Kind.FILE) {
            throw new DocumentNotFoundException(documentId);
        }
        InspectedFile inspected = inspector.inspect(file.originalName(), file.content());
        return transactions.execute(status -> {
            Document current = documents.lockById(documentId).orElseThrow();
            int number = versions.latestNumber(documentId).orElse(0) + 1;
            files.store(inspected.sha256(), file.content());
            versions.save(DocumentVersion.ofFile(documentId, number, stored(inspected), changeNote, user.id()));
            current.touch();
            audit.record(user.id(), "document.version.added", "document", documentId, "v" + number);
            events.publishEvent(new DocumentUpdated(documentId, current.getLibraryId(), user.id()));
            return number;
        });
    }

    /** Makes an old version current again by copying it as the newest; nothing is lost. */
    @Transactional
    public int restoreVersion(CurrentUser user, long documentId, int number) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        LibraryAccess library = found.library();
        access.require(canEdit(user, library, document), user, "restore a version", documentId);
        documents.lockById(documentId);
        DocumentVersion old =
                versions.findVersion(documentId, number).orElseThrow(() -> new DocumentNotFoundException(documentId));
        int next = versions.latestNumber(documentId).orElse(0) + 1;
        String note = "Restored version " + number;
        DocumentVersion copy = old.getFileSha256() != null
                ? DocumentVersion.ofFile(
                        documentId,
                        next,
                        new StoredFile(
                                old.getFileSha256(),
                                old.getFileName(),
                                old.getFileKind(),
                                old.getSize(),
                                old.getExtractedText(),
                                old.getPreview(),
                                old.getExtractionStatus(),
                                old.getExtractionProblem()),
                        note,
                        user.id())
                : DocumentVersion.ofPage(
                        documentId, next, old.getBody(), old.getExtractedText(), old.getPreview(), note, user.id());
        versions.save(copy);
        document.touch();
        audit.record(user.id(), "document.version.restored", "document", documentId, "v" + number + " as v" + next);
        events.publishEvent(new DocumentUpdated(documentId, document.getLibraryId(), user.id()));
        return next;
    }

    @Transactional
    public void describe(CurrentUser user, long documentId, DocumentDetails details, long expectedVersion) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        LibraryAccess library = found.library();
        access.require(canEdit(user, library, document), user, "edit document", documentId);
        if (document.getVersion() != expectedVersion) {
            throw new ChangedSinceOpenedException();
        }
        policy.checkStatusChange(user, library, document.getStatus(), details.status());
        boolean statusChanged = document.getStatus() != details.status();
        document.describe(details);
        audit.record(
                user.id(),
                statusChanged ? "document.status.changed" : "document.updated",
                "document",
                documentId,
                statusChanged ? details.status().name() : null);
        events.publishEvent(new DocumentUpdated(documentId, document.getLibraryId(), user.id()));
    }

    /**
     * Adds one tag to the document, as chosen from its suggestions by someone who may edit it. A tag it already has
     * changes nothing.
     *
     * @throws org.agorahub.shared.RefusedException when the tag is empty, too long or holds a comma
     */
    @Transactional
    public void addTag(CurrentUser user, long documentId, String tag) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        access.require(canEdit(user, found.library(), document), user, "tag document", documentId);
        String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > Tags.MAX_LENGTH || clean.contains(",")) {
            throw new org.agorahub.shared.RefusedException(null, "document.suggestions.badTag");
        }
        if (document.addTag(clean)) {
            audit.record(user.id(), "document.tag.added", "document", documentId, Tags.normalise(clean));
            events.publishEvent(new DocumentUpdated(documentId, document.getLibraryId(), user.id()));
        }
    }

    /**
     * Puts the document in a category, as chosen from its suggestions by someone who may edit it.
     *
     * @throws UnknownCategoryException when the category does not exist
     */
    @Transactional
    public void categorise(CurrentUser user, long documentId, long categoryId) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        access.require(canEdit(user, found.library(), document), user, "categorise document", documentId);
        boolean exists = jdbc.sql("select exists (select 1 from category where id = ?)")
                .param(categoryId)
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new UnknownCategoryException();
        }
        if (!Long.valueOf(categoryId).equals(document.getCategoryId())) {
            document.categorise(categoryId);
            audit.record(user.id(), "document.updated", "document", documentId, "category " + categoryId);
            events.publishEvent(new DocumentUpdated(documentId, document.getLibraryId(), user.id()));
        }
    }

    /** A curator or library manager confirms the document is current; next review in a year. */
    @Transactional
    public void verify(CurrentUser user, long documentId) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        LibraryAccess library = found.library();
        access.require(policy.canVerify(user, library), user, "verify document", documentId);
        document.verify(user.id(), LocalDate.now().plusMonths(REVIEW_MONTHS));
        resolveReports(documentId);
        audit.record(user.id(), "document.verified", "document", documentId, null);
        events.publishEvent(new DocumentVerified(documentId, document.getLibraryId(), user.id()));
    }

    /**
     * Those who verify a document may also retire it: it stays readable, marked obsolete, out of the review cycle,
     * and its open outdated reports are resolved.
     */
    @Transactional
    public void markObsolete(CurrentUser user, long documentId) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        access.require(policy.canVerify(user, found.library()), user, "mark document obsolete", documentId);
        document.markObsolete();
        resolveReports(documentId);
        audit.record(user.id(), "document.status.changed", "document", documentId, DocumentStatus.OBSOLETE.name());
        events.publishEvent(new DocumentUpdated(documentId, document.getLibraryId(), user.id()));
    }

    /**
     * Those who verify a document may give it a new owner (when the owner leaves, say), who must be an active
     * account.
     *
     * @throws OwnerNotActiveException when the new owner is unknown or deactivated; nothing changes then
     */
    @Transactional
    public void handOver(CurrentUser user, long documentId, long newOwnerId) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        access.require(policy.canVerify(user, found.library()), user, "reassign document owner", documentId);
        PersonSummary owner =
                people.findPerson(newOwnerId).filter(PersonSummary::active).orElseThrow(OwnerNotActiveException::new);
        long previous = document.getOwnerId();
        if (previous == owner.id()) {
            return;
        }
        document.handOverTo(owner.id());
        audit.record(user.id(), "document.owner.changed", "document", documentId, previous + " → " + owner.id());
        events.publishEvent(new DocumentUpdated(documentId, document.getLibraryId(), user.id()));
    }

    private void resolveReports(long documentId) {
        jdbc.sql("update document_report set resolved_at = now() where document_id = ? and resolved_at is null")
                .param(documentId)
                .update();
    }

    /** Any reader may say a document is out of date; it then needs review. */
    @Transactional
    public void reportOutdated(CurrentUser user, long documentId, String reason) {
        Document document = readable(user, documentId).document();
        jdbc.sql("insert into document_report (document_id, person_id, reason) values (?, ?, ?)")
                .params(documentId, user.id(), reason.strip())
                .update();
        document.markNeedsReview();
        audit.record(user.id(), "document.reported", "document", documentId, reason.strip());
    }

    /** To the trash: contributors may delete; managers restore or purge. */
    @Transactional
    public void trash(CurrentUser user, long documentId) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        LibraryAccess library = found.library();
        access.require(canEdit(user, library, document), user, "delete document", documentId);
        document.trash(user.id());
        audit.record(user.id(), "document.trashed", "document", documentId, document.getTitle());
        events.publishEvent(new DocumentTrashed(documentId, document.getLibraryId(), user.id()));
    }

    @Transactional
    public void restore(CurrentUser user, long documentId) {
        Document document = trashedManaged(user, documentId);
        document.restore();
        audit.record(user.id(), "document.restored", "document", documentId, document.getTitle());
        events.publishEvent(new DocumentRestored(documentId, document.getLibraryId(), user.id()));
    }

    /** Gone for good, with every file no other document version still uses. */
    @Transactional
    public void purge(CurrentUser user, long documentId) {
        Document document = trashedManaged(user, documentId);
        List<String> hashes = versions.fileHashes(documentId);
        long libraryId = document.getLibraryId();
        String title = document.getTitle();
        documents.delete(document);
        documents.flush();
        hashes.forEach(files::deleteIfUnused);
        audit.record(user.id(), "document.purged", "document", documentId, title);
        events.publishEvent(new DocumentPurged(documentId, libraryId, user.id()));
    }

    private Document trashedManaged(CurrentUser user, long documentId) {
        Document document = documents.findById(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        LibraryAccess library = libraries.readableAccess(user, document.getLibraryId());
        // the trash is for managers: to anyone else a trashed document does not exist
        if (!document.isTrashed()
                || !policy.canReadDocument(user, library, document.getClassification())
                || !policy.canManage(user, library)) {
            throw new DocumentNotFoundException(documentId);
        }
        return document;
    }

    /** The trash of a library, for its managers. */
    public List<DocumentSummary> trashed(CurrentUser user, long libraryId) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        access.require(policy.canManage(user, library), user, "see trash", libraryId);
        return list(user, library, "", null, "d.deleted_at desc", true, 200, 0);
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Download download(CurrentUser user, long documentId, Integer number) {
        Document document = readable(user, documentId).document();
        int wanted = number != null
                ? number
                : versions.latestNumber(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        DocumentVersion version =
                versions.findVersion(documentId, wanted).orElseThrow(() -> new DocumentNotFoundException(documentId));
        if (version.getFileSha256() == null) {
            throw new DocumentNotFoundException(documentId);
        }
        if (document.getClassification().sensitive()) {
            transactions.executeWithoutResult(
                    status -> audit.record(user.id(), "document.downloaded", "document", documentId, "v" + wanted));
        }
        return new Download(
                version.getFileSha256(),
                version.getFileName(),
                FileKind.valueOf(version.getFileKind()).mediaType(),
                version.getSize());
    }

    public DocumentView document(CurrentUser user, long documentId) {
        Readable found = readable(user, documentId);
        Document document = found.document();
        LibraryAccess rules = found.library();
        List<VersionSummary> history = versions.history(documentId);
        Set<Long> personIds = new HashSet<>();
        personIds.add(document.getOwnerId());
        if (document.getVerifiedBy() != null) {
            personIds.add(document.getVerifiedBy());
        }
        history.forEach(v -> personIds.add(v.createdBy()));
        Map<Long, PersonSummary> named = people.findPeople(personIds);
        VersionSummary current = history.get(0);
        DocumentVersion currentVersion = versions.findById(current.id()).orElseThrow();
        int openReports = jdbc.sql("select count(*) from document_report where document_id = ? and resolved_at is null")
                .param(documentId)
                .query(Integer.class)
                .single();
        String category = document.getCategoryId() == null
                ? null
                : jdbc.sql("select name from category where id = ?")
                        .param(document.getCategoryId())
                        .query(String.class)
                        .optional()
                        .orElse(null);
        return new DocumentView(
                document.getId(),
                rules.id(),
                rules.name(),
                document.getKind() == Document.Kind.PAGE,
                document.getTitle(),
                document.getDescription(),
                Set.copyOf(document.getTags()),
                document.getCategoryId(),
                category,
                document.getOwnerId(),
                name(named, document.getOwnerId()),
                named.containsKey(document.getOwnerId())
                        ? named.get(document.getOwnerId()).email()
                        : "",
                // an owner who left is flagged on the page, so the content gets a new one
                named.containsKey(document.getOwnerId())
                        && named.get(document.getOwnerId()).active(),
                document.getClassification(),
                document.getStatus(),
                document.getReviewBy(),
                document.getReviewBy() != null && document.getReviewBy().isBefore(LocalDate.now()),
                document.getVerifiedBy() == null ? null : name(named, document.getVerifiedBy()),
                document.getVerifiedAt(),
                document.getUpdatedAt(),
                document.isTrashed(),
                current,
                currentVersion.getPreview(),
                currentVersion.getExtractionStatus(),
                currentVersion.getExtractionProblem(),
                document.getKind() == Document.Kind.PAGE ? markdown.toSafeHtml(currentVersion.getBody()) : null,
                history.stream()
                        .map(v -> new DocumentView.VersionLine(v, name(named, v.createdBy())))
                        .toList(),
                openReports,
                canEdit(user, rules, document),
                policy.canVerify(user, rules),
                policy.canManage(user, rules),
                document.getVersion());
    }

    /** The documents of a library the person may see, optionally with one tag or category. */
    public Page<DocumentSummary> documents(
            CurrentUser user, long libraryId, String tag, Long categoryId, DocumentSort sort, Pageable page) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        String normalisedTag = Tags.normalise(tag);
        long total = count(user, library, normalisedTag, categoryId);
        List<DocumentSummary> rows = list(
                user, library, normalisedTag, categoryId, sort.orderBy, false, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, total);
    }

    /** Tags of the documents the person may see in the library, most used first. */
    public List<TagCount> tags(CurrentUser user, long libraryId, int limit) {
        LibraryAccess library = libraries.readableAccess(user, libraryId);
        return jdbc.sql("""
                select t.tag, count(*) as documents from document_tag t join document d on d.id = t.document_id
                where d.library_id = :library and d.deleted_at is null
                  and (d.classification <> 'OFFICIAL_SENSITIVE' or :member)
                group by t.tag order by count(*) desc, t.tag limit :limit
                """)
                .param("library", library.id())
                .param("member", policy.isMember(user, library))
                .param("limit", limit)
                .query(TagCount.class)
                .list();
    }

    /**
     * Tags that start with the given text, for suggestions while typing: only from documents the person may
     * see (not in the trash, not sensitive unless they are a member), most used first.
     */
    public List<String> suggestTags(CurrentUser user, String prefix, int limit) {
        String clean = Tags.normalise(prefix);
        if (clean.isEmpty()) {
            return List.of();
        }
        String like = clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select t.tag from document_tag t
                join document d on d.id = t.document_id and d.deleted_at is null
                join library l on l.id = d.library_id
                where t.tag like :prefix escape '\\'
                  and %s
                  and (d.classification <> 'OFFICIAL_SENSITIVE' or %s)
                group by t.tag order by count(*) desc, t.tag limit :limit
                """.formatted(LibraryService.CAN_READ_LIBRARY, LibraryService.MEMBER_OF_LIBRARY))
                .params(LibraryService.viewerParameters(user))
                .param("prefix", like)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /**
     * Tags of those of the given documents the person may read (not in the trash, not sensitive unless they are a
     * member), by document id.
     */
    public Map<Long, Set<String>> readableTags(CurrentUser user, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        jdbc.sql("""
                select t.document_id, t.tag from document_tag t
                join document d on d.id = t.document_id and d.deleted_at is null
                join library l on l.id = d.library_id
                where t.document_id in (:ids)
                  and %s
                  and (d.classification <> 'OFFICIAL_SENSITIVE' or %s)
                """.formatted(LibraryService.CAN_READ_LIBRARY, LibraryService.MEMBER_OF_LIBRARY))
                .params(LibraryService.viewerParameters(user))
                .param("ids", List.copyOf(documentIds))
                .query((rs, row) -> tags.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        return tags;
    }

    public Map<Long, DocumentReference> readableReferences(CurrentUser user, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, DocumentReference> found = new HashMap<>();
        jdbc.sql("""
                select d.id, d.title, d.kind, l.id as library_id, l.name as library_name from document d
                join library l on l.id = d.library_id
                where d.id in (:ids) and d.deleted_at is null
                  and %s
                  and (d.classification <> 'OFFICIAL_SENSITIVE' or %s)
                """.formatted(LibraryService.CAN_READ_LIBRARY, LibraryService.MEMBER_OF_LIBRARY))
                .params(LibraryService.viewerParameters(user))
                .param("ids", List.copyOf(documentIds))
                .query(DocumentReference.class)
                .list()
                .forEach(reference -> found.put(reference.id(), reference));
        return found;
    }

    private long count(CurrentUser user, LibraryAccess library, String tag, Long categoryId) {
        return jdbc.sql("select count(*) from document d where " + LIST_CONDITIONS)
                .params(listParameters(user, library, tag, categoryId, false))
                .query(Long.class)
                .single();
    }

    private static final String LIST_CONDITIONS = """
            d.library_id = :library
              and (d.deleted_at is not null) = :trashed
              and (d.classification <> 'OFFICIAL_SENSITIVE' or :member)
              and (:tag = '' or exists (select 1 from document_tag t where t.document_id = d.id and t.tag = :tag))
              and (:category = -1 or d.category_id = :category)""";

    private List<DocumentSummary> list(
            CurrentUser user,
            LibraryAccess library,
            String tag,
            Long categoryId,
            String orderBy,
            boolean trashed,
            int limit,
            long offset) {
        return jdbc.sql("""
                select d.id, d.title, d.kind, v.file_kind, d.classification, d.status, d.review_by,
                       p.display_name as owner_name, d.updated_at,
                       (select string_agg(t.tag, ', ' order by t.tag) from document_tag t
                        where t.document_id = d.id) as tags
                from document d
                join person p on p.id = d.owner_id
                left join lateral (select dv.file_kind from document_version dv where dv.document_id = d.id
                                   order by dv.number desc limit 1) v on true
                where %s
                order by %s
                limit :limit offset :offset
                """.formatted(LIST_CONDITIONS, orderBy))
                .params(listParameters(user, library, tag, categoryId, trashed))
                .param("limit", limit)
                .param("offset", offset)
                .query(DocumentSummary.class)
                .list();
    }

    private Map<String, Object> listParameters(
            CurrentUser user, LibraryAccess library, String tag, Long categoryId, boolean trashed) {
        return Map.of(
                "library",
                library.id(),
                "trashed",
                trashed,
                "member",
                policy.isMember(user, library),
                "tag",
                tag == null ? "" : tag,
                "category",
                categoryId == null ? -1L : categoryId);
    }

    /** The document if it exists, is not in the trash and the person may read it; otherwise "not found". */
    private Readable readable(CurrentUser user, long documentId) {
        Document document =
                documents.findWithTags(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        LibraryAccess library;
        try {
            library = libraries.readableAccess(user, document.getLibraryId());
        } catch (LibraryNotFoundException e) {
            throw new DocumentNotFoundException(documentId);
        }
        if (document.isTrashed() || !policy.canReadDocument(user, library, document.getClassification())) {
            throw new DocumentNotFoundException(documentId);
        }
        return new Readable(document, library);
    }

    /** A document the person may read, with the rules of its library (loaded once per request). */
    private record Readable(Document document, LibraryAccess library) {}

    /** Contributors edit; so does the owner of the document while they can read it. */
    private boolean canEdit(CurrentUser user, LibraryAccess library, Document document) {
        return policy.canContribute(user, library) || document.getOwnerId().equals(user.id());
    }

    private static String name(Map<Long, PersonSummary> people, long id) {
        PersonSummary person = people.get(id);
        return person == null ? "—" : person.displayName();
    }

    private static StoredFile stored(InspectedFile file) {
        return new StoredFile(
                file.sha256(),
                file.fileName(),
                file.kind().name(),
                file.size(),
                file.text(),
                file.preview(),
                file.extraction().name(),
                file.extractionProblem());
    }

    static String titleFrom(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String title =
                base.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        return title.isEmpty() ? fileName : title;
    }

    private static DocumentDetails withTitle(DocumentDetails details, String title) {
        return new DocumentDetails(
                title,
                details.description(),
                details.tags(),
                details.categoryId(),
                details.ownerId(),
                details.classification(),
                details.status(),
                details.reviewBy());
    }

    /**
     * Up to {@code perKey} verified documents per key carrying any of its tags that the person may read, most
     * recently verified first; one query.
     */
    public Map<Long, List<DocumentReference>> verifiedTagged(
            CurrentUser user, Map<Long, ? extends Collection<String>> tagsByKey, int perKey) {
        List<Long> keys = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        tagsByKey.forEach((key, raw) -> Tags.normalise(raw).forEach(tag -> {
            keys.add(key);
            tags.add(tag);
        }));
        if (keys.isEmpty() || perKey <= 0) {
            return Map.of();
        }
        Map<Long, List<DocumentReference>> found = new HashMap<>();
        jdbc.sql("""
                with wanted (key, tag) as (select * from unnest(cast(:keys as bigint[]), cast(:tags as text[]))),
                tagged as (select distinct w.key, t.document_id from wanted w
                           join document_tag t on t.tag = w.tag)
                select key, id, title, kind, library_id, library_name from (
                    select tg.key, d.id, d.title, d.kind, l.id as library_id, l.name as library_name,
                           row_number() over (partition by tg.key
                                              order by d.verified_at desc nulls last, d.id desc) as position
                    from tagged tg
                    join document d on d.id = tg.document_id and d.deleted_at is null and d.status = 'VERIFIED'
                    join library l on l.id = d.library_id
                    where %s
                      and (d.classification <> 'OFFICIAL_SENSITIVE' or %s)) ranked
                where position <= :perKey
                order by key, position
                """.formatted(LibraryService.CAN_READ_LIBRARY, LibraryService.MEMBER_OF_LIBRARY))
                .params(LibraryService.viewerParameters(user))
                .param("keys", arrayLiteral(keys))
                .param("tags", arrayLiteral(tags))
                .param("perKey", perKey)
                .query((rs, row) -> found.computeIfAbsent(rs.getLong("key"), key -> new java.util.ArrayList<>())
                        .add(new DocumentReference(
                                rs.getLong("id"),
                                rs.getString("title"),
                                rs.getString("kind"),
                                rs.getLong("library_id"),
                                rs.getString("library_name"))))
                .list();
        return found;
    }

    /** A PostgreSQL array literal ({@code {"a","b"}}) of the values, quoted, for one parameter however many. */
    private static String arrayLiteral(List<?> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Object value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    /** Readable documents whose owner is deactivated, owned by someone of the department or in its libraries. */
    public List<org.agorahub.library.OrphanedDocument> ofDeactivatedOwners(
            CurrentUser user, long departmentId, int limit) {
        return jdbc.sql("""
                select d.id, d.title, d.kind, l.id as library_id, l.name as library_name,
                       p.id as owner_id, p.display_name as owner_name
                from document d
                join person p on p.id = d.owner_id and not p.active
                join library l on l.id = d.library_id
                where d.deleted_at is null
                  and (p.department_id = :department or l.department_id = :department)
                  and %s
                  and (d.classification <> 'OFFICIAL_SENSITIVE' or %s)
                order by lower(d.title), d.id
                limit :limit
                """.formatted(LibraryService.CAN_READ_LIBRARY, LibraryService.MEMBER_OF_LIBRARY))
                .params(LibraryService.viewerParameters(user))
                .param("department", departmentId)
                .param("limit", limit)
                .query(org.agorahub.library.OrphanedDocument.class)
                .list();
    }

    /**
     * Every person's document versions by day, first versions apart; for aggregates. One query. Versions of a draft
     * are left out until it is published; those of a document since put in the trash still count (the work was done).
     */
    public java.util.List<org.agorahub.library.DocumentActivity> activity() {
        return jdbc.sql("""
                select v.created_by as person_id, v.created_at::date as day, v.number = 1 as published,
                    count(*) as count
                from document_version v join document d on d.id = v.document_id
                where d.status <> 'DRAFT'
                group by 1, 2, 3
                """).query(org.agorahub.library.DocumentActivity.class).list();
    }

    /** Counts one opening of the document page by the person's department (no person is kept). */
    @Transactional
    public void recordView(CurrentUser user, long documentId) {
        if (user.departmentId() == null) {
            return;
        }
        jdbc.sql("""
                insert into document_view_daily (document_id, department_id, views) values (?, ?, 1)
                on conflict (document_id, department_id, day) do update set views = document_view_daily.views + 1
                """).params(documentId, user.departmentId()).update();
    }

    /**
     * Openings of documents by people of another department than the document's (its library's, or for a library of
     * no department its owner's), by department pair and day.
     */
    public java.util.List<org.agorahub.library.DocumentUse> use() {
        return jdbc.sql("""
                select coalesce(l.department_id, o.department_id) as library_department_id,
                    v.department_id as viewer_department_id, v.day, sum(v.views) as views
                from document_view_daily v
                join document d on d.id = v.document_id
                join library l on l.id = d.library_id
                join person o on o.id = d.owner_id
                where coalesce(l.department_id, o.department_id) <> v.department_id
                group by 1, 2, 3
                """).query(org.agorahub.library.DocumentUse.class).list();
    }

    /**
     * How current each department's documents are now (a document belongs to its library's department, or its
     * owner's when the library has none, so organisation-wide and community libraries count too). One query.
     */
    public java.util.Map<Long, org.agorahub.library.DocumentCurrency> currencyByDepartment() {
        java.util.Map<Long, org.agorahub.library.DocumentCurrency> currency = new java.util.HashMap<>();
        jdbc.sql("""
                select coalesce(l.department_id, o.department_id) as department_id, count(*) as documents,
                    count(*) filter (where d.status = 'VERIFIED') as verified,
                    count(*) filter (where d.review_by >= current_date and d.review_by < current_date + 30) as due_soon,
                    count(*) filter (where d.review_by < current_date) as overdue,
                    count(*) filter (where r.document_id is not null) as reported_outdated
                from document d join library l on l.id = d.library_id join person o on o.id = d.owner_id
                left join (select distinct document_id from document_report where resolved_at is null) r
                    on r.document_id = d.id
                where d.deleted_at is null and d.status <> 'OBSOLETE'
                group by 1
                """)
                .query((rs, n) -> currency.put(
                        rs.getLong("department_id"),
                        new org.agorahub.library.DocumentCurrency(
                                rs.getLong("documents"),
                                rs.getLong("verified"),
                                rs.getLong("due_soon"),
                                rs.getLong("overdue"),
                                rs.getLong("reported_outdated"))))
                .list();
        return currency;
    }

    /**
     * Live documents carrying any of the tags, one row per document and tag, with who owns, wrote and verified them;
     * only the person's when given. No access check: for background work.
     */
    public java.util.List<org.agorahub.library.DocumentContribution> contributions(
            java.util.Collection<String> tags, Long personId) {
        if (tags.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("""
                        select d.id as document_id, d.owner_id, d.created_by, d.verified_by, t.tag
                        from document d join document_tag t on t.document_id = d.id
                        where d.deleted_at is null and t.tag in (:tags)
                          and (:person = -1 or d.owner_id = :person or d.created_by = :person
                               or d.verified_by = :person)
                        order by d.id, t.tag
                        """)
                .param("tags", java.util.List.copyOf(tags))
                .param("person", personId == null ? -1L : personId)
                .query(org.agorahub.library.DocumentContribution.class)
                .list();
    }
}
