package org.agorahub.people;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.people.security.AgoraUserDetails;
import org.springframework.stereotype.Component;

/**
 * Creates real accounts for tests, each with a unique email so test classes sharing a Spring context (and so a
 * database) never collide.
 */
@Component
public class TestPeople {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PeopleApi people;

    public TestPeople(PeopleApi people) {
        this.people = people;
    }

    public DepartmentSummary department(String name) {
        return people.createDepartment(name + " " + SEQUENCE.incrementAndGet(), null);
    }

    public PersonSummary person(String name, DepartmentSummary department, Role... roles) {
        int n = SEQUENCE.incrementAndGet();
        Set<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(Set.of(roles));
        return people.createPerson(new NewPerson(
                name.toLowerCase().replace(' ', '.') + "." + n + "@test.example",
                name,
                "Tester",
                department.id(),
                all,
                PASSWORD));
    }

    public PersonSummary person(String name, Role... roles) {
        return person(name, department("Department"), roles);
    }

    /** A principal for MockMvc's {@code user(...)}: the person as they would be after signing in. */
    public static AgoraUserDetails principal(PersonSummary person) {
        return new AgoraUserDetails(new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles()));
    }
}
