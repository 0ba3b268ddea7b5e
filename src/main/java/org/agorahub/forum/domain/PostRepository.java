package org.agorahub.forum.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {

    Optional<Post> findByAuthorIdAndSubmissionToken(long authorId, String submissionToken);
}
