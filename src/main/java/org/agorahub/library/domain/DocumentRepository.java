package org.agorahub.library.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @EntityGraph(attributePaths = "tags")
    @Query("select d from Document d where d.id = ?1")
    Optional<Document> findWithTags(long id);
}
