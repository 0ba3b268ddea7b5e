package org.agorahub.library.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.shared.Tags;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

@Entity
@Table(name = "document")
@Indexed(index = "document", routingBinder = @RoutingBinderRef(type = DocumentRoutingBinder.class))
@TypeBinding(binder = @TypeBinderRef(type = DocumentSearchBinder.class))
class Document {

    enum Kind {
        FILE,
        PAGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "library_id", nullable = false)
    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Long libraryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Kind kind;

    @Column(nullable = false, length = 300)
    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = "lowercase", sortable = Sortable.YES)
    @FullTextField(name = "title_autocomplete", analyzer = "autocomplete", searchAnalyzer = "autocomplete_query")
    private String title;

    @FullTextField(analyzer = "english")
    private String description;

    @Column(name = "category_id")
    @GenericField(projectable = Projectable.YES)
    private Long categoryId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField
    private Classification classification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private DocumentStatus status;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "verified_by")
    private Long verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "tag", nullable = false, length = 60)
    @FullTextField(analyzer = "english")
    @KeywordField(name = "tag", aggregable = Aggregable.YES)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Document() {}

    Document(long libraryId, Kind kind, DocumentDetails details, long createdBy) {
        this.libraryId = libraryId;
        this.kind = kind;
        this.createdBy = createdBy;
        describe(details);
    }

    void describe(DocumentDetails details) {
        this.title = details.title().strip();
        this.description =
                details.description() == null || details.description().isBlank()
                        ? null
                        : details.description().strip();
        this.categoryId = details.categoryId();
        this.ownerId = details.ownerId();
        this.classification = details.classification();
        this.status = details.status();
        this.reviewBy = details.reviewBy();
        this.tags.clear();
        this.tags.addAll(Tags.normalise(details.tags()));
        touch();
    }

    /** Adds one tag (a suggestion chosen on the page); false when it already has it. */
    boolean addTag(String tag) {
        boolean added = tags.add(Tags.normalise(tag));
        if (added) {
            touch();
        }
        return added;
    }

    void categorise(Long categoryId) {
        this.categoryId = categoryId;
        touch();
    }

    void verify(long personId, LocalDate nextReview) {
        status = DocumentStatus.VERIFIED;
        verifiedBy = personId;
        verifiedAt = Instant.now();
        reviewBy = nextReview;
        touch();
    }

    /** Kept for the record but no longer current: it leaves the review cycle. */
    void markObsolete() {
        status = DocumentStatus.OBSOLETE;
        reviewBy = null;
        touch();
    }

    void handOverTo(long personId) {
        ownerId = personId;
        touch();
    }

    void markNeedsReview() {
        if (status != DocumentStatus.OBSOLETE && status != DocumentStatus.DRAFT) {
            status = DocumentStatus.NEEDS_REVIEW;
            touch();
        }
    }

    void trash(long personId) {
        deletedAt = Instant.now();
        deletedBy = personId;
    }

    void restore() {
        deletedAt = null;
        deletedBy = null;
        touch();
    }

    void touch() {
        updatedAt = Instant.now();
    }

    boolean isTrashed() {
        return deletedAt != null;
    }

    Long getId() {
        return id;
    }

    Long getLibraryId() {
        return libraryId;
    }

    Kind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Long getCategoryId() {
        return categoryId;
    }

    Long getOwnerId() {
        return ownerId;
    }

    Classification getClassification() {
        return classification;
    }

    DocumentStatus getStatus() {
        return status;
    }

    LocalDate getReviewBy() {
        return reviewBy;
    }

    Long getVerifiedBy() {
        return verifiedBy;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    Long getDeletedBy() {
        return deletedBy;
    }

    Set<String> getTags() {
        return tags;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
