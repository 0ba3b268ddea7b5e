package org.agorahub.library.domain;

import java.util.Optional;
import java.util.Set;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.NewDocument;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Visibility;
import org.springframework.stereotype.Component;

/** The library module's public API, over its services. */
@Component
class LibraryFacade implements LibraryApi {

    private final LibraryService libraries;
    private final DocumentService documents;
    private final PageService pages;
    private final LibraryRepository repository;

    private final LibraryPolicy policy;
    private final CategoryService categories;
    private final ReviewQueue reviewQueue;
    private final DocumentTagEditor tags;
    private final AccessRequestService accessRequests;
    private final SimilarDocuments similar;

    LibraryFacade(
            LibraryService libraries,
            DocumentService documents,
            PageService pages,
            LibraryRepository repository,
            LibraryPolicy policy,
            CategoryService categories,
            ReviewQueue reviewQueue,
            DocumentTagEditor tags,
            AccessRequestService accessRequests,
            SimilarDocuments similar) {
        this.accessRequests = accessRequests;
        this.similar = similar;
        this.reviewQueue = reviewQueue;
        this.libraries = libraries;
        this.categories = categories;
        this.policy = policy;
        this.tags = tags;
        this.documents = documents;
        this.pages = pages;
        this.repository = repository;
    }

    @Override
    public long createLibrary(
            CurrentUser creator, String name, String description, Long departmentId, Visibility visibility) {
        return libraries.create(creator, new LibrarySettings(name, description, departmentId, visibility));
    }

    @Override
    public void setMember(CurrentUser manager, long libraryId, long personId, LibraryRole role) {
        libraries.setMember(manager, libraryId, personId, role);
    }

    @Override
    public long uploadDocument(
            CurrentUser uploader, long libraryId, String fileName, byte[] content, NewDocument details) {
        try {
            return documents.upload(
                    uploader, libraryId, new UploadedFile(fileName, content), details(uploader, details));
        } catch (FileRejectedException e) {
            throw new IllegalArgumentException(fileName + " refused: " + e.messageKey(), e);
        }
    }

    @Override
    public long importDocument(
            CurrentUser uploader,
            long libraryId,
            String fileName,
            byte[] content,
            NewDocument details,
            Long categoryId,
            java.util.function.LongConsumer inSameTransaction) {
        NewDocument d = details;
        try {
            return documents.upload(
                    uploader,
                    libraryId,
                    new UploadedFile(fileName, content),
                    new DocumentDetails(
                            d.title(),
                            d.description(),
                            d.tags(),
                            categoryId,
                            uploader.id(),
                            d.classification(),
                            d.status(),
                            d.reviewBy()),
                    inSameTransaction);
        } catch (FileRejectedException e) {
            throw new org.agorahub.shared.RefusedException(null, e.messageKey(), e.arguments());
        }
    }

    @Override
    public long maxFileBytes() {
        return documents.maxFileBytes();
    }

    @Override
    public java.util.Map<Long, String> managedLibraries(CurrentUser user) {
        return libraries.managedNames(user);
    }

    @Override
    public long categoryPath(CurrentUser curator, java.util.List<String> names) {
        return categories.findOrCreatePath(curator, names);
    }

    @Override
    public void verify(CurrentUser verifier, long documentId) {
        documents.verify(verifier, documentId);
    }

    @Override
    public long createPage(CurrentUser author, long libraryId, String markdown, NewDocument details) {
        return pages.create(author, libraryId, markdown, details(author, details));
    }

    @Override
    public java.util.Map<Long, String> libraryNames(CurrentUser user, java.util.Collection<Long> libraryIds) {
        return libraries.visibleNames(user, libraryIds);
    }

    @Override
    public java.util.Map<Long, String> categoryNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        categories.tree().forEach(category -> names.put(category.id(), category.name()));
        return names;
    }

    @Override
    public java.util.Map<Long, Set<String>> documentTags(CurrentUser user, java.util.Collection<Long> documentIds) {
        return documents.readableTags(user, documentIds);
    }

    @Override
    public java.util.Map<Long, org.agorahub.library.DocumentReference> readableDocuments(
            CurrentUser user, java.util.Collection<Long> documentIds) {
        return documents.readableReferences(user, documentIds);
    }

    @Override
    public long countLibraries() {
        return repository.count();
    }

    private static DocumentDetails details(CurrentUser owner, NewDocument d) {
        return new DocumentDetails(
                d.title(), d.description(), d.tags(), null, owner.id(), d.classification(), d.status(), d.reviewBy());
    }

    @Override
    public long countActiveDocuments() {
        return libraries.countActiveDocuments();
    }

    @Override
    public Optional<Set<String>> documentReadTokens(CurrentUser user) {
        return libraries.documentReadTokens(user);
    }

    @Override
    public java.util.Map<Long, java.util.List<org.agorahub.library.DocumentReference>> verifiedDocumentsTagged(
            CurrentUser user, java.util.Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey) {
        return documents.verifiedTagged(user, tagsByKey, perKey);
    }

    @Override
    public java.util.List<org.agorahub.library.OrphanedDocument> documentsOfDeactivatedOwners(
            CurrentUser user, long departmentId, int limit) {
        return documents.ofDeactivatedOwners(user, departmentId, limit);
    }

    @Override
    public java.util.List<org.agorahub.library.DocumentContribution> documentContributions(
            java.util.Collection<String> tags, Long personId) {
        return documents.contributions(tags, personId);
    }

    @Override
    public java.util.List<org.agorahub.library.DocumentActivity> documentActivity() {
        return documents.activity();
    }

    @Override
    public java.util.List<org.agorahub.library.DocumentUse> documentUse() {
        return documents.use();
    }

    @Override
    public java.util.Map<Long, org.agorahub.library.DocumentCurrency> currencyByDepartment() {
        return documents.currencyByDepartment();
    }

    @Override
    public org.agorahub.library.ReviewCounts reviewCounts(CurrentUser user) {
        return reviewQueue.counts(user);
    }

    @Override
    public org.springframework.data.domain.Page<org.agorahub.library.ReviewItem> reviewQueue(
            CurrentUser user,
            org.agorahub.library.ReviewQueueFilter filter,
            org.springframework.data.domain.Pageable page) {
        return reviewQueue.page(user, filter, page);
    }

    @Override
    public java.util.Map<Long, String> reviewQueueLibraries(CurrentUser user) {
        return reviewQueue.libraries(user);
    }

    @Override
    public java.util.Map<Long, String> reviewQueueOwners(CurrentUser user) {
        return reviewQueue.owners(user);
    }

    @Override
    public long countAccessRequestsWaiting(CurrentUser viewer) {
        return accessRequests.countWaiting(viewer);
    }

    @Override
    public boolean verifiesAnyLibrary(CurrentUser user) {
        return reviewQueue.verifiesAnything(user);
    }

    @Override
    public void markObsolete(CurrentUser user, long documentId) {
        documents.markObsolete(user, documentId);
    }

    @Override
    public void handOver(CurrentUser user, long documentId, long newOwnerId) {
        documents.handOver(user, documentId, newOwnerId);
    }

    @Override
    public java.util.Map<String, Long> documentTagUsage() {
        return tags.usage();
    }

    @Override
    public int replaceDocumentTag(CurrentUser curator, String from, String to) {
        return tags.replace(curator, from, to);
    }

    @Override
    public java.util.List<org.agorahub.library.SimilarDocument> similarDocuments(
            CurrentUser user, float[] vector, int limit) {
        return similar.near(user, vector, Set.of(), limit, SimilarDocuments.RELATED);
    }
}
