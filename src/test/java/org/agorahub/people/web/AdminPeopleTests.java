package org.agorahub.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class AdminPeopleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    PersonService people;

    DepartmentSummary finance;
    PersonSummary admin;
    PersonSummary member;

    @BeforeEach
    void setUp() {
        finance = testPeople.department("Finance");
        admin = testPeople.person("Ada Admin", finance, Role.ADMIN);
        member = testPeople.person("Max Member", finance);
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
        String email = "new.starter." + admin.id() + "@test.example";

        mvc.perform(post("/admin/people/new")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", "Nia Starter")
                        .param("email", email)
                        .param("jobTitle", "Policy Adviser")
                        .param("departmentId", String.valueOf(finance.id()))
                        .param("roles", "CURATOR")
                        .param("active", "true")
                        .param("password", "a long enough password"))
                .andExpect(redirectedUrl("/admin/people"));

        PersonSummary created = people.directory(email, null, true, Pageable.unpaged())
                .getContent()
                .get(0);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CURATOR);
        assertThat(created.departmentName()).isEqualTo(finance.name());
        mvc.perform(formLogin("/login").user("email", email).password("a long enough password"))
                .andExpect(authenticated());
        // the audit log says who created the account, with its roles
        mvc.perform(get("/admin/audit.csv").param("action", "person.created").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email + " [CURATOR, MEMBER]")));
    }

    @Test
    void invalidInputReRendersTheFormWithMessagesAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/people/new")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", "")
                        .param("email", "not-an-email")
                        .param("jobTitle", "Kept Job Title")
                        .param("departmentId", String.valueOf(finance.id()))
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the person’s name.")))
                .andExpect(content().string(containsString("Enter an email address like name@example.org.")))
                .andExpect(content().string(containsString("Enter an initial password of 12 to 200 characters.")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("value=\"Kept Job Title\"")));
    }

    @Test
    void anEmailAlreadyInUseIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/admin/people/new")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", "Copy Cat")
                        .param("email", member.email().toUpperCase())
                        .param("departmentId", String.valueOf(finance.id()))
                        .param("password", "a long enough password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another account already uses this email address.")));
    }

    @Test
    void anAdminDeactivatesAnAccountAndItCanNoLongerSignIn() throws Exception {
        mvc.perform(post("/admin/people/" + member.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", member.displayName())
                        .param("email", member.email())
                        .param("departmentId", String.valueOf(member.departmentId()))
                        .param("active", "false"))
                .andExpect(redirectedUrl("/admin/people"));

        assertThat(people.findPerson(member.id()).orElseThrow().active()).isFalse();
        mvc.perform(formLogin("/login").user("email", member.email()).password(TestPeople.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anAdminMovesSomeoneToAnotherDepartmentAndGivesThemARole() throws Exception {
        DepartmentSummary hr = testPeople.department("Human Resources");

        mvc.perform(post("/admin/people/" + member.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", member.displayName())
                        .param("email", member.email())
                        .param("departmentId", String.valueOf(hr.id()))
                        .param("roles", "DEPARTMENT_LEAD")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/people"));

        PersonSummary moved = people.findPerson(member.id()).orElseThrow();
        assertThat(moved.departmentId()).isEqualTo(hr.id());
        assertThat(moved.roles()).contains(Role.DEPARTMENT_LEAD);
    }

    @Test
    void anAdminRecordsAGradeAndLocationThatTheProfileShows() throws Exception {
        mvc.perform(post("/admin/people/" + member.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", member.displayName())
                        .param("email", member.email())
                        .param("departmentId", String.valueOf(member.departmentId()))
                        .param("grade", "6")
                        .param("location", " Cardiff ")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/people"));

        PersonSummary placed = people.findPerson(member.id()).orElseThrow();
        assertThat(placed.grade()).isEqualTo(6);
        assertThat(placed.location()).isEqualTo("Cardiff");
        mvc.perform(get("/people/" + member.id()).with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("Grade 7")))
                .andExpect(content().string(containsString("Cardiff")));
    }

    @Test
    void aGradeOffTheScaleIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        for (String grade : new String[] {"11", "senior"}) {
            mvc.perform(post("/admin/people/" + member.id())
                            .with(user(TestPeople.principal(admin)))
                            .with(csrf())
                            .param("displayName", member.displayName())
                            .param("email", member.email())
                            .param("departmentId", String.valueOf(member.departmentId()))
                            .param("grade", grade)
                            .param("location", "Leeds")
                            .param("active", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Choose a grade from the list.")))
                    .andExpect(content().string(containsString("value=\"Leeds\"")));
        }
        assertThat(people.findPerson(member.id()).orElseThrow().grade()).isNull();
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        mvc.perform(post("/admin/people/" + admin.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", admin.displayName())
                        .param("email", admin.email())
                        .param("departmentId", String.valueOf(admin.departmentId()))
                        .param("roles", "ADMIN")
                        .param("active", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot deactivate your own account")));

        assertThat(people.findPerson(admin.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void membersAreDeniedTheAdminPagesAndChangeNothing() throws Exception {
        String email = "sneaky." + member.id() + "@test.example";

        mvc.perform(get("/admin/people").with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(TestPeople.principal(member)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/people/new")
                        .with(user(TestPeople.principal(member)))
                        .with(csrf())
                        .param("displayName", "Sneaky")
                        .param("email", email)
                        .param("departmentId", String.valueOf(finance.id()))
                        .param("roles", "ADMIN")
                        .param("password", "a long enough password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/people/" + member.id())
                        .with(user(TestPeople.principal(member)))
                        .with(csrf())
                        .param("displayName", member.displayName())
                        .param("email", member.email())
                        .param("departmentId", String.valueOf(member.departmentId()))
                        .param("roles", "ADMIN")
                        .param("active", "true"))
                .andExpect(status().isForbidden());

        assertThat(people.directory(email, null, true, Pageable.unpaged())).isEmpty();
        assertThat(people.findPerson(member.id()).orElseThrow().roles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void leadsAndCuratorsAreDeniedAccountAdministrationToo() throws Exception {
        PersonSummary lead = testPeople.person("Lee Lead", finance, Role.DEPARTMENT_LEAD);
        PersonSummary curator = testPeople.person("Cora Curator", finance, Role.CURATOR);

        mvc.perform(get("/admin/people").with(user(TestPeople.principal(lead)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people").with(user(TestPeople.principal(curator))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAccountListShowsDeactivatedPeopleToAdmins() throws Exception {
        people.updatePerson(
                member.id(), member.email(), member.displayName(), null, member.departmentId(), member.roles(), false);

        mvc.perform(get("/admin/people").param("q", member.email()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.displayName())))
                .andExpect(content().string(containsString("Deactivated")));
    }

    @Test
    void anAdminAddsADepartmentAndDuplicatesAreRefused() throws Exception {
        String name = "Legal Services " + admin.id();

        mvc.perform(post("/admin/departments")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("name", name)
                        .param("parentId", String.valueOf(finance.id())))
                .andExpect(redirectedUrl("/admin/departments"));
        mvc.perform(post("/admin/departments")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("name", name.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A department with this name already exists.")))
                .andExpect(content().string(containsString("value=\"" + name.toUpperCase() + "\"")));

        assertThat(people.departments())
                .filteredOn(d -> d.name().equals(name))
                .singleElement()
                .satisfies(d -> assertThat(d.parentId()).isEqualTo(finance.id()));
    }

    @Test
    void membersCannotAddDepartments() throws Exception {
        String name = "Shadow Unit " + member.id();

        mvc.perform(post("/admin/departments")
                        .with(user(TestPeople.principal(member)))
                        .with(csrf())
                        .param("name", name))
                .andExpect(status().isForbidden());

        assertThat(people.departments()).noneMatch(d -> d.name().equals(name));
    }

    @Test
    void theNavigationShowsAdminOnlyToAdmins() throws Exception {
        mvc.perform(get("/").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("href=\"/admin\"")))
                .andExpect(content().string(containsString("href=\"/dashboards\"")));
        mvc.perform(get("/").with(user(TestPeople.principal(member))))
                .andExpect(content().string(not(containsString("href=\"/admin\""))))
                .andExpect(content().string(not(containsString("href=\"/dashboards\""))))
                .andExpect(content().string(containsString("href=\"/people\"")));
    }
}
