package org.agorahub.people.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = {"department", "roles"})
    @Query("select p from Person p where lower(p.email) = lower(?1)")
    Optional<Person> findByEmail(String email);

    @EntityGraph(attributePaths = {"department", "roles"})
    @Query("select p from Person p where p.externalSource = ?1 and p.externalId = ?2")
    Optional<Person> findByExternalId(String source, String externalId);

    /** Active people who sign in through this source, for the directory sync. */
    @EntityGraph(attributePaths = {"department", "roles"})
    @Query("select p from Person p where p.externalSource = ?1 and p.active = true")
    java.util.List<Person> findActiveFromSource(String source);

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(?1) and p.id <> ?2")
    boolean emailUsedByOther(String email, long id);

    @EntityGraph(attributePaths = {"department"})
    @Query("select p from Person p where p.id in ?1")
    java.util.List<Person> findAllWithDepartment(java.util.Collection<Long> ids);

    /** Active people whose email address before the @ is one of these (lower case). */
    @Query(
            value = "select id from person where active and split_part(lower(email), '@', 1) in (?1)",
            nativeQuery = true)
    java.util.List<Long> findActiveIdsByHandles(java.util.Collection<String> handles);

    @Query("select p.department.id, count(p) from Person p where p.active = true group by p.department.id")
    java.util.List<Object[]> countActiveByDepartment();

    @Query("select count(p) from Person p join p.roles r where r = ?1 and p.active = true")
    long countWithRole(org.agorahub.people.Role role);

    @EntityGraph(attributePaths = {"department", "roles"})
    @Query("select p from Person p where p.id = ?1")
    Optional<Person> findWithDepartment(long id);

    /** Active people whose name starts with {@code start} or has a word starting as {@code wordStart} does. */
    @EntityGraph(attributePaths = {"department"})
    @Query("""
            select p from Person p
            where p.active = true
              and (lower(p.displayName) like :start escape '\\' or lower(p.displayName) like :wordStart escape '\\')
            """)
    java.util.List<Person> suggest(String start, String wordStart, Pageable pageable);

    /** The directory: name, email or job title contains {@code text}; optional department; active only unless asked. */
    @EntityGraph(attributePaths = {"department"})
    @Query(value = """
            select p from Person p
            where (:text = '' or lower(p.displayName) like concat('%', :text, '%')
                   or lower(p.email) like concat('%', :text, '%')
                   or lower(coalesce(p.jobTitle, '')) like concat('%', :text, '%'))
              and (:departmentId is null or p.department.id = :departmentId)
              and (:includeInactive = true or p.active = true)
            """, countQuery = """
            select count(p) from Person p
            where (:text = '' or lower(p.displayName) like concat('%', :text, '%')
                   or lower(p.email) like concat('%', :text, '%')
                   or lower(coalesce(p.jobTitle, '')) like concat('%', :text, '%'))
              and (:departmentId is null or p.department.id = :departmentId)
              and (:includeInactive = true or p.active = true)
            """)
    Page<Person> search(String text, Long departmentId, boolean includeInactive, Pageable pageable);
}
