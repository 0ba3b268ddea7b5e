package org.agorahub.expertise;

/**
 * People in the one search: every active person has an entry in the {@code person} search index, beside documents
 * and forum threads and under the same field names (title: the name; text: job title, department, topics and
 * languages; tags: declared skills and their aliases). People are visible organisation-wide, so every entry carries
 * the organisation token only. Evidence and endorsements are not indexed: what the evidence may show depends on the
 * viewer, which the expert finder trims.
 *
 * <p>This module keeps the entries in step itself, in the transaction that changes what they hold: declared skills,
 * languages, topics, skill renames, aliases and merges, and the people module's {@code PersonChanged}.
 */
public interface PeopleIndex {

    /** The Hibernate Search entity name of people's entries, for search scopes. */
    String ENTITY = "PersonEntry";

    /** Active people: what the search index should hold of people. */
    long countActivePeople();

    /**
     * Rewrites every person's search entry: for set-up code that changed skills or profiles in the database directly
     * (the demo seeder), never for pages. Returns the number of people.
     */
    int reindexAllPeople();
}
