package org.agorahub.library.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LibraryRepository extends JpaRepository<Library, Long> {

    @EntityGraph(attributePaths = "members")
    @Query("select l from Library l where l.id = ?1")
    Optional<Library> findWithMembers(long id);
}
