package org.agorahub.library.domain;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.agorahub.library.DocumentEvents.DocumentUpdated;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags across all documents, for the curators' taxonomy screens: how often each is used, and renaming, merging or
 * removing one everywhere. Changes go through the entities, so each document's search entry is rewritten when the
 * caller's transaction commits; each changed document is also announced as updated, like an edit of its details.
 */
@Service
class DocumentTagEditor {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    DocumentTagEditor(
            EntityManager entityManager, JdbcClient jdbc, AccessPolicy access, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    /** Every tag with the number of documents (trash included) carrying it. */
    @Transactional(readOnly = true)
    Map<String, Long> usage() {
        return org.agorahub.shared.TagRewrite.usage(jdbc, "document_tag");
    }

    /**
     * Replaces {@code from} by {@code to} on every document that carries it, or removes it when {@code to} is null;
     * a document that already carries {@code to} keeps it once. Returns the number of documents changed.
     */
    @Transactional
    int replace(CurrentUser curator, String from, String to) {
        access.require(curator.isAdmin() || curator.hasRole(Role.CURATOR), curator, "edit tags everywhere", from);
        return org.agorahub.shared.TagRewrite.replace(
                entityManager,
                jdbc,
                "document_tag",
                "document_id",
                Document.class,
                Document::getTags,
                from,
                to,
                document ->
                        // new metadata, as an edit of the document's details: whoever keeps a copy (expertise evidence
                        // counts documents by their tags) reads it again after commit
                        events.publishEvent(
                                new DocumentUpdated(document.getId(), document.getLibraryId(), curator.id())));
    }
}
