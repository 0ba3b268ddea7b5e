package org.agorahub.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Department() {}

    Department(String name, Department parent) {
        this.name = name;
        this.parent = parent;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Department getParent() {
        return parent;
    }

    void rename(String name) {
        this.name = name;
    }

    void moveUnder(Department parent) {
        this.parent = parent;
    }
}
