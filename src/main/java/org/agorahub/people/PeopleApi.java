package org.agorahub.people;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the people module. */
public interface PeopleApi {

    Optional<PersonSummary> findPerson(long id);

    List<DepartmentSummary> departments();

    long countPeople();

    DepartmentSummary createDepartment(String name, Long parentId);

    /** @throws EmailInUseException when another account already has the address */
    PersonSummary createPerson(NewPerson person);
}
