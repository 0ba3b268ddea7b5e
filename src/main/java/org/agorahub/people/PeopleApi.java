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

    /** The people with these ids that exist, by id; one query for up to 5,000 ids, one more for each 5,000 after. */
    Map<Long, PersonSummary> findPeople(Collection<Long> ids);

    /**
     * The active people with these ids as the access rules see them, by id (deactivated and unknown ids are left
     * out): for deciding on their behalf, e.g. who may be told about something. One query however many (their roles
     * in batches).
     */
    Map<Long, CurrentUser> activeUsers(Collection<Long> ids);

    /**
     * Active people by the handle others mention them with: the part of their email address before the @, in
     * lower case ({@code sam.patel} for Sam.Patel@agora.example). Handles are matched in any case; a handle that
     * more than one account shares names nobody, so a mention never reaches the wrong person.
     */
    Map<String, PersonSummary> findByHandles(Collection<String> handles);

    List<DepartmentSummary> departments();

    /**
     * Active people one of whose names starts with the text (any case), for suggestions while typing; at most
     * {@code limit}, by name. Profiles are open to every member, so no one is left out for the asker.
     */
    List<PersonSummary> suggestPeople(String text, int limit);

    long countPeople();

    /** Active people per department, by department id (departments without any are left out). */
    Map<Long, Integer> headcounts();

    DepartmentSummary createDepartment(String name, Long parentId);

    /** @throws EmailInUseException when another account already has the address */
    PersonSummary createPerson(NewPerson person);
}
