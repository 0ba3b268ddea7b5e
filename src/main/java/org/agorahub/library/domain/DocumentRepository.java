package org.agorahub.library.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    /** The document, locked until the transaction ends: versions are numbered one writer at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.id = ?1")
    Optional<Document> lockById(long id);

    @EntityGraph(attributePaths = "tags")
    @Query("select d from Document d where d.id = ?1")
    Optional<Document> findWithTags(long id);
}
