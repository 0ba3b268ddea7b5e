package org.agorahub.expertise.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.agorahub.expertise.PeopleIndex;
import org.agorahub.expertise.ProfileChanged;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts people's entries ({@link PersonEntry}) into the current transaction's indexing plan, so their search entries
 * change when the change commits. Nothing about a person's entry is seen by Hibernate Search on its own (the entry
 * is read-only and its skills, topics and department are other tables): the module's services call this for every
 * change of what an entry holds, and {@link PeopleIndexListener} for the people module's changes.
 *
 * <p>Each entry is read after flushing the transaction's pending changes, built at once ({@code process}) and then
 * detached, so it holds what the transaction has written so far and a later reindex in the same transaction reads
 * the row again; callers call it after their last write.
 */
@Component
class PeopleIndexer implements PeopleIndex {

    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PeopleIndexer(EntityManager entityManager, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The person's entry is rebuilt (or removed, for a deactivated person) when the transaction commits, and {@link
     * ProfileChanged} published.
     */
    @Transactional
    public void reindex(long personId) {
        reindexInBatches(List.of(personId));
        events.publishEvent(new ProfileChanged(personId));
    }

    /** Everyone who declares the skill: after a rename, new aliases or a merge into it. */
    @Transactional
    public int reindexDeclaring(long skillId) {
        List<Long> people = jdbc.sql("select person_id from person_skill where skill_id = ? order by person_id")
                .param(skillId)
                .query(Long.class)
                .list();
        people.forEach(person -> events.publishEvent(new ProfileChanged(person)));
        return reindexInBatches(people);
    }

    @Override
    @Transactional
    public int reindexAllPeople() {
        return reindexInBatches(entityManager
                .createQuery("select p.id from PersonEntry p order by p.id", Long.class)
                .getResultList());
    }

    @Override
    @Transactional(readOnly = true)
    public long countActivePeople() {
        return entityManager
                .createQuery("select count(p) from PersonEntry p where p.active", Long.class)
                .getSingleResult();
    }

    private int reindexInBatches(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        entityManager.flush(); // the entries and their bridge read what this transaction changed
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<PersonEntry> batch = entityManager
                    .createQuery("select p from PersonEntry p where p.id in :ids", PersonEntry.class)
                    .setParameter("ids", slice)
                    .getResultList();
            batch.forEach(plan::addOrUpdate);
            plan.process();
            batch.forEach(entityManager::detach);
        }
        return ids.size();
    }
}
