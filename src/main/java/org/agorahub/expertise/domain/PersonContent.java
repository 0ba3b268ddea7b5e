package org.agorahub.expertise.domain;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.Enrichments;
import org.agorahub.shared.ai.EntityContent;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the on-premises AI reads them: what their search entry holds (job title, department, job family,
 * topics, languages) and the skills they declare. Not their name: a name says nothing about what someone knows.
 * Deactivated people are not enriched.
 */
@Component
class PersonContent extends EntityContent {

    PersonContent(EntityManager entityManager) {
        super(entityManager, Enrichments.KIND_PERSON, "PersonEntry", "e.active = true");
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
}
