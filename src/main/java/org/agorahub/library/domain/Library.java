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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.Visibility;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "library")
class Library {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    private String description;

    /** The owning department; null for a community library of named members. */
    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    /** Named members and their roles (person id → role). */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "library_member", joinColumns = @JoinColumn(name = "library_id"))
    @MapKeyColumn(name = "person_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Map<Long, LibraryRole> members = new HashMap<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Library() {}

    Library(String name, String description, Long departmentId, Visibility visibility, long createdBy) {
        this.createdBy = createdBy;
        update(name, description, departmentId, visibility);
        members.put(createdBy, LibraryRole.MANAGER);
    }

    void update(String name, String description, Long departmentId, Visibility visibility) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.departmentId = departmentId;
        this.visibility = visibility;
        this.updatedAt = Instant.now();
    }

    void setMember(long personId, LibraryRole role) {
        members.put(personId, role);
        updatedAt = Instant.now();
    }

    void removeMember(long personId) {
        members.remove(personId);
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

    Map<Long, LibraryRole> getMembers() {
        return members;
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
