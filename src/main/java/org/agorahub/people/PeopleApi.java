package org.agorahub.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the people module. */
public interface PeopleApi {

    Optional<PersonSummary> findPerson(long id);

    /** The account with this email address, whatever its case. */
    Optional<PersonSummary> findByEmail(String email);

    /** The people with these ids that exist, by id; one query however many. */
    Map<Long, PersonSummary> findPeople(Collection<Long> ids);

    List<DepartmentSummary> departments();

    /**
     * Active people one of whose names starts with the text (any case), for suggestions while typing; at most
     * {@code limit}, by name. Profiles are open to every member, so no one is left out for the asker.
     */
    List<PersonSummary> suggestPeople(String text, int limit);

    long countPeople();

    DepartmentSummary createDepartment(String name, Long parentId);

    /** @throws EmailInUseException when another account already has the address */
    PersonSummary createPerson(NewPerson person);
}
