package org.agorahub.people.domain;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.agorahub.people.Role;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    private Integer grade;

    private String location;

    /** Where the person signs in ("ldap", "oidc:…"), null for a local account; with {@link #externalId}. */
    @Column(name = "external_source", length = 40)
    private String externalSource;

    /** The identity's stable id at {@link #externalSource} (LDAP entryUUID / objectGUID, OIDC subject). */
    @Column(name = "external_id", length = 200)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.of(Role.MEMBER);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Person() {}

    Person(String email, String displayName, String jobTitle, Department department, String passwordHash) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.jobTitle = blankToNull(jobTitle);
        this.department = department;
        this.passwordHash = passwordHash;
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void update(String email, String displayName, String jobTitle, Department department) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.jobTitle = blankToNull(jobTitle);
        this.department = department;
        touch();
    }

    void placeAt(Integer grade, String location) {
        this.grade = grade;
        this.location = blankToNull(location);
        touch();
    }

    Integer getGrade() {
        return grade;
    }

    String getLocation() {
        return location;
    }

    void assignRoles(Set<Role> newRoles) {
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        if (newRoles != null) {
            all.addAll(newRoles);
        }
        roles.retainAll(all);
        roles.addAll(all);
        touch();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        touch();
    }

    void setActive(boolean active) {
        this.active = active;
        touch();
    }

    void linkTo(String source, String id) {
        this.externalSource = source;
        this.externalId = id;
        touch();
    }

    String getExternalSource() {
        return externalSource;
    }

    String getExternalId() {
        return externalId;
    }

    Person getManager() {
        return manager;
    }

    void reportTo(Person manager) {
        this.manager = manager;
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getJobTitle() {
        return jobTitle;
    }

    Department getDepartment() {
        return department;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    Set<Role> getRoles() {
        return roles;
    }
}
