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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.agorahub.people.Visibility;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "forum_board")
class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    private String description;

    /** The owning department; null for an organisation-wide or community board. */
    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    /** Named people and their part (person id → role). */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "forum_board_member", joinColumns = @JoinColumn(name = "board_id"))
    @MapKeyColumn(name = "person_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Map<Long, BoardRole> members = new HashMap<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Board() {}

    Board(String name, String description, Long departmentId, Visibility visibility, long createdBy) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.departmentId = departmentId;
        this.visibility = visibility;
        this.createdBy = createdBy;
        members.put(createdBy, BoardRole.MODERATOR);
    }

    void setMember(long personId, BoardRole role) {
        // a moderator stays a moderator when also listed as a member
        members.merge(personId, role, (old, added) -> old == BoardRole.MODERATOR ? old : added);
        updatedAt = Instant.now();
    }

    /** New name, description, owner and visibility, as checked by {@link BoardService#update}. */
    void change(String name, String description, Long departmentId, Visibility visibility) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.departmentId = departmentId;
        this.visibility = visibility;
        updatedAt = Instant.now();
    }

    /** Replaces the named people: these members, then these moderators (a moderator listed twice moderates). */
    void replaceMembers(Collection<Long> memberIds, Collection<Long> moderatorIds) {
        members.clear();
        memberIds.forEach(id -> setMember(id, BoardRole.MEMBER));
        moderatorIds.forEach(id -> setMember(id, BoardRole.MODERATOR));
        updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    Visibility getVisibility() {
        return visibility;
    }

    Map<Long, BoardRole> getMembers() {
        return members;
    }
}
