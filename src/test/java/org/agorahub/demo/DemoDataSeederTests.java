package org.agorahub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.domain.Account;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(properties = "agora.demo-data.enabled=true")
class DemoDataSeederTests {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    PersonService people;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aFreshInstallStartsWithABelievableOrganisation() {
        List<PersonSummary> everyone = everyone();
        List<DepartmentSummary> departments = people.departments();

        assertThat(everyone).hasSizeBetween(25, 40);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(6);
        assertThat(departments)
                .anySatisfy(d -> assertThat(d.parentName()).isEqualTo("Department for Digital Services"));
        // Every department has someone in it, and every role is held by somebody.
        assertThat(departments).allSatisfy(d -> assertThat(everyone).anyMatch(p -> p.departmentId() == d.id()));
        Set<Role> held = EnumSet.noneOf(Role.class);
        everyone.forEach(p -> held.addAll(p.roles()));
        assertThat(held).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void eachDemoSignInHasItsRole() {
        assertThat(person(DemoAccounts.ADMIN).roles()).contains(Role.ADMIN);
        assertThat(person(DemoAccounts.CURATOR).roles()).contains(Role.CURATOR).doesNotContain(Role.ADMIN);
        PersonSummary lead = person(DemoAccounts.LEAD);
        assertThat(lead.roles()).contains(Role.DEPARTMENT_LEAD).doesNotContain(Role.ADMIN);
        assertThat(person(DemoAccounts.MEMBER).roles()).containsExactly(Role.MEMBER);
        // The lead's dashboards have colleagues to show.
        assertThat(people.directory("", lead.departmentId(), false, Pageable.unpaged())
                        .getTotalElements())
                .isGreaterThan(1);
    }

    @Test
    void demoSignInsUseTheDemoPassword() {
        for (String email : List.of(DemoAccounts.ADMIN, DemoAccounts.CURATOR, DemoAccounts.LEAD, DemoAccounts.MEMBER)) {
            Account account = people.account(email).orElseThrow();
            assertThat(account.active()).isTrue();
            assertThat(encoder.matches(DemoAccounts.PASSWORD_DEFAULT, account.passwordHash()))
                    .as(email)
                    .isTrue();
        }
    }

    @Test
    void startingAgainCreatesNoDuplicates() {
        long peopleBefore = people.countPeople();
        int departmentsBefore = people.departments().size();

        seeder.run(new DefaultApplicationArguments());

        assertThat(people.countPeople()).isEqualTo(peopleBefore);
        assertThat(people.departments()).hasSize(departmentsBefore);
    }

    private List<PersonSummary> everyone() {
        return people.directory("", null, true, Pageable.unpaged()).getContent();
    }

    private PersonSummary person(String email) {
        return everyone().stream()
                .filter(p -> p.email().equalsIgnoreCase(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo account " + email));
    }
}
