package org.agorahub.library.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a document: a stored file (by content hash) or the Markdown body of a page. Never changed. */
@Entity
@Table(name = "document_version")
class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "file_sha256", length = 64, updatable = false)
    private String fileSha256;

    @Column(name = "file_name", length = 255, updatable = false)
    private String fileName;

    @Column(name = "file_kind", length = 20, updatable = false)
    private String fileKind;

    @Column(nullable = false, updatable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private String body;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text", updatable = false)
    private String extractedText;

    @Column(length = 1000, updatable = false)
    private String preview;

    @Column(name = "extraction_status", nullable = false, length = 20, updatable = false)
    private String extractionStatus;

    @Column(name = "extraction_problem", length = 60, updatable = false)
    private String extractionProblem;

    @Column(name = "change_note", length = 500, updatable = false)
    private String changeNote;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected DocumentVersion() {}

    static DocumentVersion ofFile(long documentId, int number, StoredFile file, String changeNote, long createdBy) {
        DocumentVersion v = new DocumentVersion();
        v.documentId = documentId;
        v.number = number;
        v.fileSha256 = file.sha256();
        v.fileName = file.fileName();
        v.fileKind = file.kind();
        v.size = file.size();
        v.extractedText = file.text();
        v.preview = file.preview();
        v.extractionStatus = file.extractionStatus();
        v.extractionProblem = file.extractionProblem();
        v.changeNote = blankToNull(changeNote);
        v.createdBy = createdBy;
        return v;
    }

    static DocumentVersion ofPage(
            long documentId,
            int number,
            String markdown,
            String plainText,
            String preview,
            String changeNote,
            long createdBy) {
        DocumentVersion v = new DocumentVersion();
        v.documentId = documentId;
        v.number = number;
        v.body = markdown;
        v.size = markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        v.extractedText = plainText;
        v.preview = preview;
        v.extractionStatus = "EXTRACTED";
        v.changeNote = blankToNull(changeNote);
        v.createdBy = createdBy;
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getId() {
        return id;
    }

    Long getDocumentId() {
        return documentId;
    }

    int getNumber() {
        return number;
    }

    String getFileSha256() {
        return fileSha256;
    }

    String getFileName() {
        return fileName;
    }

    String getFileKind() {
        return fileKind;
    }

    long getSize() {
        return size;
    }

    String getBody() {
        return body;
    }

    String getExtractedText() {
        return extractedText;
    }

    String getPreview() {
        return preview;
    }

    String getExtractionStatus() {
        return extractionStatus;
    }

    String getExtractionProblem() {
        return extractionProblem;
    }

    String getChangeNote() {
        return changeNote;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
