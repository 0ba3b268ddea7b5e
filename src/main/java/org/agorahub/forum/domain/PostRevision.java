package org.agorahub.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text a post had before an edit replaced it, with who wrote it and when. */
@Entity
@Table(name = "forum_post_revision")
class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "written_by", nullable = false, updatable = false)
    private Long writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "replaced_by", nullable = false, updatable = false)
    private Long replacedBy;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt = Instant.now();

    protected PostRevision() {}

    PostRevision(long postId, String body, long writtenBy, Instant writtenAt, long replacedBy) {
        this.postId = postId;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.replacedBy = replacedBy;
    }
}
