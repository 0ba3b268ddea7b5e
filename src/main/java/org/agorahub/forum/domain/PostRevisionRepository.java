package org.agorahub.forum.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {}
