package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Competency frameworks: curators and admins manage any, a department lead only their own department's, members
 * none. Refused input comes back in the form with a message.
 */
@AgoraTest
class FrameworkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary finance;
    DepartmentSummary legal;
    PersonSummary curator;
    PersonSummary financeLead;
    PersonSummary member;
    String procurement;
    String budgeting;

    @BeforeEach
    void setUp() {
        finance = testPeople.department("Finance");
        legal = testPeople.department("Legal");
        curator = testPeople.person("Cora Curator", Role.CURATOR);
        financeLead = testPeople.person("Fin Lead", finance, Role.DEPARTMENT_LEAD);
        member = testPeople.person("Meg Member", finance);
        procurement = TestSkills.unique("Procurement");
        budgeting = TestSkills.unique("Budgeting");
        testSkills.skill(procurement, "Commercial", procurement + " buying");
        testSkills.skill(budgeting, "Commercial");
    }

    @Test
    void aCuratorCreatesEditsAndDeletesAFrameworkAndEachChangeIsAudited() throws Exception {
        String name = TestSkills.unique("Finance essentials");
        as(
                        curator,
                        post("/expertise/frameworks/new")
                                .param("name", name)
                                .param("description", "What everyone in finance needs")
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("jobFamily", "")
                                .param("skills[0].skill", procurement + " BUYING")
                                .param("skills[0].target", "3")
                                .param("skills[0].importance", "3")
                                .param("skills[1].skill", "")
                                .param("skills[1].target", "3")
                                .param("skills[1].importance", "2")
                                .param("skills[2].skill", budgeting)
                                .param("skills[2].target", "2")
                                .param("skills[2].importance", "1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/expertise/frameworks"));
        long id = frameworkId(name);
        assertThat(jdbc.sql("select count(*) from framework_skill where framework_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the alias resolved to its skill, the blank row ignored")
                .isEqualTo(2);

        as(curator, get("/expertise/frameworks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(finance.name())));
        as(curator, get("/expertise/frameworks/" + id + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + procurement + "\"")))
                .andExpect(content().string(containsString("value=\"" + finance.id() + "\" selected")));

        as(
                        curator,
                        post("/expertise/frameworks/" + id + "/edit")
                                .param("name", name + " v2")
                                .param("departmentId", "")
                                .param("jobFamily", "Analyst")
                                .param("skills[0].skill", budgeting)
                                .param("skills[0].target", "4")
                                .param("skills[0].importance", "2"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select job_family from competency_framework where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Analyst");

        as(curator, post("/expertise/frameworks/" + id + "/delete")).andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from competency_framework where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where target_type = 'competency_framework' and target_id = ?
                          and action in ('expertise.framework.created', 'expertise.framework.updated',
                                         'expertise.framework.deleted')
                        """).param(id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aSkillListedTwiceIsRefusedNamingItWithTheInputKept() throws Exception {
        String name = TestSkills.unique("Twice");
        as(
                        curator,
                        post("/expertise/frameworks/new")
                                .param("name", name)
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("skills[0].skill", procurement)
                                .param("skills[0].target", "3")
                                .param("skills[0].importance", "3")
                                .param("skills[1].skill", procurement + " buying")
                                .param("skills[1].target", "2")
                                .param("skills[1].importance", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(procurement + " is listed twice")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"" + procurement + " buying\"")));
        assertThat(count(name)).isZero();
    }

    @Test
    void anUnknownSkillAndAFrameworkForNobodyAreRefused() throws Exception {
        String name = TestSkills.unique("Unknown");
        as(
                        curator,
                        post("/expertise/frameworks/new")
                                .param("name", name)
                                .param("departmentId", "")
                                .param("jobFamily", " ")
                                .param("skills[0].skill", "Underwater basket weaving")
                                .param("skills[0].target", "3")
                                .param("skills[0].importance", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no skill called “Underwater basket weaving”")))
                .andExpect(content().string(containsString("Choose a department or give a job family")))
                .andExpect(content().string(containsString("value=\"Underwater basket weaving\"")));
        assertThat(count(name)).isZero();
    }

    @Test
    void aLeadManagesTheirOwnDepartmentsFrameworksOnly() throws Exception {
        String mine = TestSkills.unique("Finance framework");
        as(
                        financeLead,
                        post("/expertise/frameworks/new")
                                .param("name", mine)
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("skills[0].skill", budgeting)
                                .param("skills[0].target", "2")
                                .param("skills[0].importance", "2"))
                .andExpect(status().isFound());
        assertThat(count(mine)).isEqualTo(1);

        String theirs = TestSkills.unique("Legal framework");
        as(
                        financeLead,
                        post("/expertise/frameworks/new")
                                .param("name", theirs)
                                .param("departmentId", String.valueOf(legal.id()))
                                .param("skills[0].skill", budgeting)
                                .param("skills[0].target", "2")
                                .param("skills[0].importance", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only set out frameworks for your own department")))
                .andExpect(content().string(containsString("value=\"" + theirs + "\"")));
        assertThat(count(theirs)).isZero();

        long legalFramework = testSkills.framework(curator, TestSkills.unique("Legal"), legal.id(), null);
        as(financeLead, get("/expertise/frameworks/" + legalFramework + "/edit"))
                .andExpect(status().isForbidden());
        as(financeLead, post("/expertise/frameworks/" + legalFramework + "/delete"))
                .andExpect(status().isForbidden());
        as(financeLead, get("/expertise/frameworks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/expertise/frameworks/" + frameworkId(mine) + "/edit")))
                .andExpect(content().string(not(containsString("/expertise/frameworks/" + legalFramework + "/edit"))));
    }

    @Test
    void membersMayNotManageFrameworks() throws Exception {
        long framework = testSkills.framework(curator, TestSkills.unique("Finance"), finance.id(), null);
        as(member, get("/expertise/frameworks")).andExpect(status().isForbidden());
        as(member, get("/expertise/frameworks/new")).andExpect(status().isForbidden());
        as(
                        member,
                        post("/expertise/frameworks/new")
                                .param("name", "Mine")
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("skills[0].skill", budgeting)
                                .param("skills[0].target", "2")
                                .param("skills[0].importance", "2"))
                .andExpect(status().isForbidden());
        as(member, get("/expertise/frameworks/" + framework + "/edit")).andExpect(status().isForbidden());
        as(member, post("/expertise/frameworks/" + framework + "/delete")).andExpect(status().isForbidden());
        assertThat(count("Mine")).isZero();
    }

    @Test
    void aTargetOffTheScaleIsRefusedWithAMessage() throws Exception {
        String name = TestSkills.unique("Off the scale");
        as(
                        curator,
                        post("/expertise/frameworks/new")
                                .param("name", name)
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("skills[0].skill", procurement)
                                .param("skills[0].target", "7")
                                .param("skills[0].importance", "2")
                                .param("skills[1].skill", budgeting)
                                .param("skills[1].target", "lots")
                                .param("skills[1].importance", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a target level from 1 to 4 for " + procurement)))
                .andExpect(content().string(containsString("Choose a target level from 1 to 4 for " + budgeting)))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        assertThat(count(name)).isZero();
    }

    @Test
    void moreRowsKeepTheInputAndAddBlankRows() throws Exception {
        as(
                        curator,
                        post("/expertise/frameworks/new")
                                .param("name", "Growing")
                                .param("skills[0].skill", procurement)
                                .param("skills[0].target", "4")
                                .param("skills[0].importance", "1")
                                .param("moreRows", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + procurement + "\"")))
                .andExpect(content().string(containsString("name=\"skills[3].skill\"")))
                .andExpect(content().string(not(containsString("alert-danger"))));
        assertThat(count("Growing")).isZero();
    }

    private long frameworkId(String name) {
        return jdbc.sql("select id from competency_framework where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from competency_framework where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private ResultActions as(PersonSummary person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(TestPeople.principal(person))));
    }
}
