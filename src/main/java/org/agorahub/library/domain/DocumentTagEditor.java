package org.agorahub.library.domain;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agorahub.library.DocumentEvents.DocumentUpdated;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
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

    private static final int BATCH = 200;

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
        Map<String, Long> usage = new LinkedHashMap<>();
        jdbc.sql("select tag, count(*) as uses from document_tag group by tag order by tag")
                .query((rs, row) -> usage.put(rs.getString("tag"), rs.getLong("uses")))
                .list();
        return usage;
    }

    /**
     * Replaces {@code from} by {@code to} on every document that carries it, or removes it when {@code to} is null;
     * a document that already carries {@code to} keeps it once. Returns the number of documents changed.
     */
    @Transactional
    int replace(CurrentUser curator, String from, String to) {
        access.require(curator.isAdmin() || curator.hasRole(Role.CURATOR), curator, "edit tags everywhere", from);
        List<Long> ids = jdbc.sql("select document_id from document_tag where tag = ? order by document_id")
                .param(from)
                .query(Long.class)
                .list();
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Document> batch = entityManager
                    .createQuery("select d from Document d where d.id in :ids", Document.class)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + BATCH)))
                    .getResultList();
            for (Document document : batch) {
                document.getTags().remove(from);
                if (to != null) {
                    document.getTags().add(to);
                }
                // new metadata, as an edit of the document's details: whoever keeps a copy (expertise evidence
                // counts documents by their tags) reads it again after commit
                events.publishEvent(new DocumentUpdated(document.getId(), document.getLibraryId(), curator.id()));
            }
            entityManager.flush();
            plan.process();
            batch.forEach(entityManager::detach);
        }
        return ids.size();
    }
}
