package org.agorahub.library.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    /** Every version, newest first, without the (possibly large) text. */
    @Query("""
            select new org.agorahub.library.domain.VersionSummary(
                v.id, v.number, v.fileName, v.fileKind, v.size, v.changeNote, v.createdBy, v.createdAt,
                v.extractionStatus)
            from DocumentVersion v where v.documentId = ?1 order by v.number desc
            """)
    List<VersionSummary> history(long documentId);

    @Query("select max(v.number) from DocumentVersion v where v.documentId = ?1")
    Optional<Integer> latestNumber(long documentId);

    @Query("select v from DocumentVersion v where v.documentId = ?1 and v.number = ?2")
    Optional<DocumentVersion> findVersion(long documentId, int number);

    @Query("select distinct v.fileSha256 from DocumentVersion v where v.documentId = ?1 and v.fileSha256 is not null")
    List<String> fileHashes(long documentId);
}
