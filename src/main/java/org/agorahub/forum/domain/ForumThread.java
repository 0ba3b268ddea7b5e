package org.agorahub.forum.domain;

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
import java.util.LinkedHashSet;
import java.util.Set;
import org.agorahub.forum.ThreadKind;
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

/**
 * A thread of a board (named so as not to be confused with {@link java.lang.Thread}).
 *
 * <p>Threads share the search index set with the library's documents, under the same field names (title, tags,
 * text, kind, updatedAt, …), so one query finds both; {@link ThreadSearchBinder} adds the posts' text and who may
 * find it.
 */
@Entity
@Table(name = "forum_thread")
@Indexed(index = "forum_thread", routingBinder = @RoutingBinderRef(type = ThreadRoutingBinder.class))
@TypeBinding(binder = @TypeBinderRef(type = ThreadSearchBinder.class))
class ForumThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Long boardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private ThreadKind kind;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = "english", projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = "lowercase", sortable = Sortable.YES)
    @FullTextField(name = "title_autocomplete", analyzer = "autocomplete", searchAnalyzer = "autocomplete_query")
    private String title;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** Indexed as {@code updatedAt}, the name documents use: the date search sorts and filters by. */
    @Column(name = "last_activity_at", nullable = false)
    @GenericField(
            name = "updatedAt",
            sortable = Sortable.YES,
            projectable = Projectable.YES,
            aggregable = Aggregable.YES)
    private Instant lastActivityAt = createdAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    /** When someone other than the author first replied; kept if that reply is deleted later. */
    @Column(name = "first_reply_at")
    private Instant firstReplyAt;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    /** When the question first got an accepted answer; kept when another reply is accepted instead. */
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_by")
    private Long lockedBy;

    @Column(name = "lock_reason", length = 500)
    private String lockReason;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @Column(name = "pinned_by")
    private Long pinnedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "forum_thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "tag", nullable = false, length = 60)
    @FullTextField(analyzer = "english")
    @KeywordField(name = "tag", aggregable = Aggregable.YES)
    private Set<String> tags = new LinkedHashSet<>();

    @Version
    private long version;

    protected ForumThread() {}

    ForumThread(long boardId, ThreadKind kind, String title, long authorId, Set<String> tags) {
        this.boardId = boardId;
        this.kind = kind;
        this.title = title;
        this.authorId = authorId;
        this.tags.addAll(tags);
    }

    /**
     * Counts a new reply.
     *
     * @return whether it is the first reply by someone other than the author
     */
    boolean replied(long replierId, Instant at) {
        replyCount++;
        lastActivityAt = at;
        if (firstReplyAt == null && replierId != authorId) {
            firstReplyAt = at;
            return true;
        }
        return false;
    }

    void replyDeleted(long postId) {
        replyCount = Math.max(0, replyCount - 1);
        if (acceptedPostId != null && acceptedPostId == postId) {
            // a deleted answer cannot stay the accepted one: the question is open again
            acceptedPostId = null;
            acceptedAt = null;
        }
    }

    void accept(long postId, Instant at) {
        acceptedPostId = postId;
        if (acceptedAt == null) {
            acceptedAt = at;
        }
    }

    void lock(long moderatorId, String reason) {
        lockedAt = Instant.now();
        lockedBy = moderatorId;
        lockReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void unlock() {
        lockedAt = null;
        lockedBy = null;
        lockReason = null;
    }

    void delete(long moderatorId) {
        deletedAt = Instant.now();
        deletedBy = moderatorId;
    }

    void pin(long moderatorId) {
        if (pinnedAt == null) {
            pinnedAt = Instant.now();
            pinnedBy = moderatorId;
        }
    }

    void unpin() {
        pinnedAt = null;
        pinnedBy = null;
    }

    boolean isPinned() {
        return pinnedAt != null;
    }

    /** Moves the thread, with its posts (and so their votes and flags), to another board. */
    void moveTo(long targetBoardId) {
        boardId = targetBoardId;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean isLocked() {
        return lockedAt != null;
    }

    Long getId() {
        return id;
    }

    long getBoardId() {
        return boardId;
    }

    ThreadKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    long getAuthorId() {
        return authorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getAcceptedPostId() {
        return acceptedPostId;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }

    Instant getFirstReplyAt() {
        return firstReplyAt;
    }

    String getLockReason() {
        return lockReason;
    }

    Set<String> getTags() {
        return tags;
    }
}
