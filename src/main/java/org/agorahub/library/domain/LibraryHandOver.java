package org.agorahub.library.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.library.DocumentEvents.DocumentUpdated;
import org.agorahub.library.DocumentEvents.LibraryAccessChanged;
import org.agorahub.people.PersonHandOver;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's part of a leaver's hand-over: the documents they own (trashed ones too, so a restore does not bring
 * back a deactivated owner) and the libraries they manage pass to the successor.
 */
@Component
@Order(1)
class LibraryHandOver implements PersonHandOver {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    LibraryHandOver(EntityManager entityManager, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Holding> holdings(long personId) {
        long documents = jdbc.sql("select count(*) from document where owner_id = ?")
                .param(personId)
                .query(Long.class)
                .single();
        long libraries = jdbc.sql("select count(*) from library_member where person_id = ? and role = 'MANAGER'")
                .param(personId)
                .query(Long.class)
                .single();
        List<Holding> holdings = new ArrayList<>();
        holdings.add(new Holding("handOver.documents", documents));
        holdings.add(new Holding("handOver.libraries", libraries));
        return holdings;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void handOver(long actorId, long leaverId, long successorId) {
        // through the entities, so the search index follows the change when it commits
        List<Document> owned = entityManager
                .createQuery("select d from Document d where d.ownerId = :leaver order by d.id", Document.class)
                .setParameter("leaver", leaverId)
                .getResultList();
        for (Document document : owned) {
            document.handOverTo(successorId);
            audit.record(
                    actorId,
                    "document.owner.changed",
                    "document",
                    document.getId(),
                    leaverId + " → " + successorId + " (hand-over)");
            events.publishEvent(new DocumentUpdated(document.getId(), document.getLibraryId(), actorId));
        }
        List<Long> managed = jdbc.sql(
                        "select library_id from library_member where person_id = ? and role = 'MANAGER' order by 1")
                .param(leaverId)
                .query(Long.class)
                .list();
        entityManager.flush(); // the libraries' members change below, beside the entities
        for (long libraryId : managed) {
            jdbc.sql("""
                    insert into library_member (library_id, person_id, role) values (?, ?, 'MANAGER')
                    on conflict (library_id, person_id) do update set role = 'MANAGER'
                    """).params(libraryId, successorId).update();
            jdbc.sql("delete from library_member where library_id = ? and person_id = ?")
                    .params(libraryId, leaverId)
                    .update();
            audit.record(
                    actorId,
                    "library.manager.handedOver",
                    "library",
                    libraryId,
                    "person:" + leaverId + " → person:" + successorId);
            events.publishEvent(new LibraryAccessChanged(libraryId, actorId));
        }
    }
}
