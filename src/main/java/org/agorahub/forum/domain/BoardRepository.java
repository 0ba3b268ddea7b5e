package org.agorahub.forum.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoardRepository extends JpaRepository<Board, Long> {

    @EntityGraph(attributePaths = "members")
    @Query("select b from Board b where b.id = ?1")
    Optional<Board> findWithMembers(long id);
}
