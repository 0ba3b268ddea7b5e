package org.agorahub.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The opening post of a thread or a reply. Its text is Markdown, rendered through the shared sanitiser. */
@Entity
@Table(name = "forum_post")
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private Long threadId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(nullable = false, updatable = false)
    private boolean opening;

    @Column(nullable = false)
    private String body;

    @Column(name = "submission_token", length = 64, updatable = false)
    private String submissionToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by")
    private Long editedBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    protected Post() {}

    Post(long threadId, long authorId, boolean opening, String body, String submissionToken) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.opening = opening;
        this.body = body;
        this.submissionToken = submissionToken;
    }

    void edit(String newBody, long editorId) {
        body = newBody;
        editedAt = Instant.now();
        editedBy = editorId;
    }

    void delete(long personId) {
        deletedAt = Instant.now();
        deletedBy = personId;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void hide(long moderatorId) {
        if (hiddenAt == null) {
            hiddenAt = Instant.now();
            hiddenBy = moderatorId;
        }
    }

    void unhide() {
        hiddenAt = null;
        hiddenBy = null;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    /** Whether ordinary readers may read its text ({@link ReadablePost}). */
    boolean isReadable() {
        return ReadablePost.readable(deletedAt, hiddenAt);
    }

    Long getId() {
        return id;
    }

    long getThreadId() {
        return threadId;
    }

    long getAuthorId() {
        return authorId;
    }

    boolean isOpening() {
        return opening;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    Long getEditedBy() {
        return editedBy;
    }
}
