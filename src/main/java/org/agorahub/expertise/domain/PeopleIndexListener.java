package org.agorahub.expertise.domain;

import org.agorahub.people.PersonChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's search entry in step with the people module (name, job title, department, deactivation). A plain
 * synchronous {@link EventListener}, not an after-commit module listener: it runs inside the transaction that
 * changed the person, so the entry changes when (and only if) that transaction commits, and a search right after an
 * admin deactivates someone no longer finds them. Indexing work is only planned here; Hibernate Search writes the
 * index after the commit.
 */
@Component
class PeopleIndexListener {

    private final PeopleIndexer indexer;

    PeopleIndexListener(PeopleIndexer indexer) {
        this.indexer = indexer;
    }

    @EventListener
    void on(PersonChanged event) {
        indexer.reindex(event.personId());
    }
}
