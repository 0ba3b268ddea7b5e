package org.agorahub.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Admins rename departments and move them in the tree; cycles and names in use are refused. */
@AgoraTest
class DepartmentTreeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    PeopleApi peopleApi;

    @Autowired
    PersonService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    PersonSummary admin;
    DepartmentSummary operations;
    DepartmentSummary logistics;
    DepartmentSummary fleet;

    @BeforeEach
    void setUp() {
        operations = testPeople.department("Operations");
        logistics = peopleApi.createDepartment("Logistics " + operations.id(), operations.id());
        fleet = peopleApi.createDepartment("Fleet " + operations.id(), logistics.id());
        admin = testPeople.person("Ada Admin", operations, Role.ADMIN);
    }

    @Test
    void anAdminRenamesAndMovesADepartmentAndBothAreAudited() throws Exception {
        mvc.perform(get("/admin/departments").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("Rename or move " + fleet.name())));
        String newName = "Vehicles " + fleet.id();

        mvc.perform(save(admin, fleet, newName, operations.id())).andExpect(redirectedUrl("/admin/departments"));

        DepartmentSummary saved = people.findDepartment(fleet.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo(newName);
        assertThat(saved.parentId()).isEqualTo(operations.id());
        assertThat(audit("department.renamed", fleet.id())).containsExactly(fleet.name() + " → " + newName);
        assertThat(audit("department.moved", fleet.id())).containsExactly(logistics.name() + " → " + operations.name());

        mvc.perform(save(admin, fleet, newName, null)).andExpect(redirectedUrl("/admin/departments"));
        assertThat(people.findDepartment(fleet.id()).orElseThrow().parentId()).isNull();
    }

    @Test
    void aDepartmentCannotGoUnderItselfOrItsOwnSubDepartment() throws Exception {
        for (DepartmentSummary below : List.of(fleet, operations)) {
            mvc.perform(save(admin, operations, operations.name(), below.id()))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString(
                                    "A department cannot be moved under itself or one of its own sub-departments.")));
        }
        assertThat(people.findDepartment(operations.id()).orElseThrow().parentId())
                .isNull();
        assertThat(audit("department.moved", operations.id())).isEmpty();
    }

    @Test
    void aNameInUseOrLeftEmptyIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(save(admin, fleet, logistics.name().toUpperCase(), logistics.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A department with this name already exists.")));
        mvc.perform(save(admin, fleet, " ", logistics.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the department’s name.")));
        assertThat(people.findDepartment(fleet.id()).orElseThrow().name()).isEqualTo(fleet.name());
        assertThat(audit("department.renamed", fleet.id())).isEmpty();
    }

    @Test
    void curatorsAndMembersAreDeniedAndChangeNothing() throws Exception {
        PersonSummary curator = testPeople.person("Cal Curator", operations, Role.CURATOR);
        PersonSummary member = testPeople.person("Max Member", operations);
        for (PersonSummary denied : List.of(curator, member)) {
            mvc.perform(get("/admin/departments/" + fleet.id()).with(user(TestPeople.principal(denied))))
                    .andExpect(status().isForbidden());
            mvc.perform(save(denied, fleet, "Taken over " + fleet.id(), null)).andExpect(status().isForbidden());
        }
        DepartmentSummary unchanged = people.findDepartment(fleet.id()).orElseThrow();
        assertThat(unchanged.name()).isEqualTo(fleet.name());
        assertThat(unchanged.parentId()).isEqualTo(logistics.id());
    }

    @Test
    void mergingMovesPeopleSubDepartmentsLibrariesAndBoardsAndRemovesTheDepartment() throws Exception {
        DepartmentSummary target = testPeople.department("Supply Chain");
        PersonSummary driver = testPeople.person("Dee Driver", logistics);
        long library = testLibraries.library(admin, Visibility.DEPARTMENT, logistics.id());
        long board = testForums.board(admin, Visibility.DEPARTMENT, logistics.id());
        // a person pinned to the home page of the department's people
        long pin = jdbc.sql("""
                        insert into featured_item (kind, item_id, department_id, position, pinned_by)
                        values ('PERSON', ?, ?, 1, ?) returning id
                        """)
                .params(driver.id(), logistics.id(), admin.id())
                .query(Long.class)
                .single();

        mvc.perform(merge(admin, logistics, target.id())).andExpect(redirectedUrl("/admin/departments"));
        assertThat(departmentOf("featured_item", pin)).isEqualTo(target.id());

        assertThat(people.findDepartment(logistics.id())).isEmpty();
        assertThat(people.findPerson(driver.id()).orElseThrow().departmentId()).isEqualTo(target.id());
        assertThat(people.findDepartment(fleet.id()).orElseThrow().parentId()).isEqualTo(target.id());
        assertThat(departmentOf("library", library)).isEqualTo(target.id());
        assertThat(departmentOf("forum_board", board)).isEqualTo(target.id());
        assertThat(audit("department.merged", target.id()))
                .containsExactly(logistics.name() + " (dept:" + logistics.id() + ") → " + target.name() + ", 1 people");
        // the driver still reads the department library, now as one of the merged department
        mvc.perform(get("/libraries/" + library)
                        .with(user(TestPeople.principal(
                                people.findPerson(driver.id()).orElseThrow()))))
                .andExpect(status().isOk());
    }

    @Test
    void mergingKeepsOneOpenSurveyRoundAndOneProgrammeEntryForTheMergedDepartment() throws Exception {
        DepartmentSummary target = testPeople.department("Supply Chain");
        long fromRound = openRound(logistics);
        long intoRound = openRound(target);
        long programme = jdbc.sql("""
                        insert into mentoring_programme
                            (name, starts_on, ends_on, cross_department, max_mentees_per_mentor, created_by)
                        values (?, current_date, current_date + 90, 'PREFERRED', 2, ?) returning id
                        """)
                .params("Merge test " + target.id(), admin.id())
                .query(Long.class)
                .single();
        for (DepartmentSummary d : List.of(logistics, target)) {
            jdbc.sql("insert into mentoring_programme_department (programme_id, department_id) values (?, ?)")
                    .params(programme, d.id())
                    .update();
        }

        mvc.perform(merge(admin, logistics, target.id())).andExpect(redirectedUrl("/admin/departments"));

        assertThat(jdbc.sql("select department_id from survey_round where id in (?, ?) order by id")
                        .params(fromRound, intoRound)
                        .query(Long.class)
                        .list())
                .containsExactly(target.id(), target.id());
        assertThat(jdbc.sql("select count(*) from survey_round where department_id = ? and closed_on is null")
                        .param(target.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select department_id from mentoring_programme_department where programme_id = ?")
                        .param(programme)
                        .query(Long.class)
                        .list())
                .containsExactly(target.id());
    }

    private long openRound(DepartmentSummary department) {
        return jdbc.sql("""
                        insert into survey_round (department_id, sent_by, sent_on, closes_on)
                        values (?, ?, current_date, current_date + 14) returning id
                        """)
                .params(department.id(), admin.id())
                .query(Long.class)
                .single();
    }

    @Test
    void mergingIntoOwnSubDepartmentLetsItTakeThePlaceInTheTree() throws Exception {
        mvc.perform(merge(admin, logistics, fleet.id())).andExpect(redirectedUrl("/admin/departments"));

        assertThat(people.findDepartment(logistics.id())).isEmpty();
        assertThat(people.findDepartment(fleet.id()).orElseThrow().parentId()).isEqualTo(operations.id());
    }

    @Test
    void mergingIntoItselfOrNowhereIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(merge(admin, logistics, logistics.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A department cannot be merged into itself.")));
        mvc.perform(post("/admin/departments/" + logistics.id() + "/merge")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("intoId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the department to merge into.")));
        assertThat(people.findDepartment(logistics.id())).isPresent();
        assertThat(people.findDepartment(fleet.id()).orElseThrow().parentId()).isEqualTo(logistics.id());
    }

    @Test
    void curatorsAndMembersCannotMerge() throws Exception {
        PersonSummary curator = testPeople.person("Cal Curator", operations, Role.CURATOR);
        mvc.perform(merge(curator, logistics, operations.id())).andExpect(status().isForbidden());
        assertThat(people.findDepartment(logistics.id())).isPresent();
    }

    private MockHttpServletRequestBuilder merge(PersonSummary actor, DepartmentSummary department, long into) {
        return post("/admin/departments/" + department.id() + "/merge")
                .with(user(TestPeople.principal(actor)))
                .with(csrf())
                .param("intoId", String.valueOf(into));
    }

    private long departmentOf(String table, long id) {
        return jdbc.sql("select department_id from " + table + " where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder save(
            PersonSummary actor, DepartmentSummary department, String name, Long parent) {
        MockHttpServletRequestBuilder request = post("/admin/departments/" + department.id())
                .with(user(TestPeople.principal(actor)))
                .with(csrf())
                .param("name", name);
        return parent == null ? request.param("parentId", "") : request.param("parentId", String.valueOf(parent));
    }

    private List<String> audit(String action, long departmentId) {
        return jdbc.sql(
                        "select detail from audit_event where action = ? and target_type = 'department' and target_id = ?")
                .params(action, departmentId)
                .query(String.class)
                .list();
    }
}
