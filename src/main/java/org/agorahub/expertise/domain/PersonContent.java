package org.agorahub.expertise.domain;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.EnrichableContent;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the on-premises AI reads them: what their search entry holds (job title, department, job family,
 * topics, languages) and the skills they declare. Not their name: a name says nothing about what someone knows.
 * Deactivated people are not enriched.
 */
@Component
class PersonContent implements EnrichableContent {

    private final EntityManager entityManager;

    PersonContent(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String kind() {
        return Enrichments.KIND_PERSON;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentText> text(long id) {
        PersonEntry person = entityManager.find(PersonEntry.class, id);
        if (person == null || !person.isActive()) {
            return Optional.empty();
        }
        var details = PersonEntrySearchBinder.details(entityManager.unwrap(Session.class), person);
        String text = PersonEntrySearchBinder.text(person, details);
        return Optional.of(new ContentText(person.getJobTitle(), text, new LinkedHashSet<>(person.getSkills())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return entityManager
                .createQuery(
                        "select p.id from PersonEntry p where p.id > :after and p.active = true order by p.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return entityManager
                .createQuery("select count(p) from PersonEntry p where p.active = true", Long.class)
                .getSingleResult();
    }
}
