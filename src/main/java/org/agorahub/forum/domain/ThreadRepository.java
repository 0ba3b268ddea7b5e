package org.agorahub.forum.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ThreadRepository extends JpaRepository<ForumThread, Long> {

    /**
     * The thread, locked until the transaction ends: replies, acceptance and moderation of one thread happen one
     * after another, so counters stay right and a form sent twice is seen as such.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ForumThread t where t.id = ?1")
    Optional<ForumThread> findForUpdate(long id);

    @EntityGraph(attributePaths = "tags")
    @Query("select t from ForumThread t where t.id = ?1")
    Optional<ForumThread> findWithTags(long id);
}
