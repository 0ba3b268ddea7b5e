package org.agorahub.expertise.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A department's skills for its lead: gaps aggregated by skill without naming anyone, and knowledge at risk (also
 * for curators and admins). Everyone else is refused.
 */
@AgoraTest
class DepartmentSkillsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary finance;
    DepartmentSummary legal;
    PersonSummary curator;
    PersonSummary financeLead;
    PersonSummary legalLead;
    PersonSummary alice;
    PersonSummary bruno;
    PersonSummary carla;
    String procurement;
    String budgeting;
    long procurementId;
    long budgetingId;

    @BeforeEach
    void setUp() {
        curator = testPeople.person("Cleo Curator", Role.CURATOR);
        finance = testPeople.department("Finance");
        legal = testPeople.department("Legal");
        financeLead = testPeople.person("Flo Lead", finance, Role.DEPARTMENT_LEAD);
        legalLead = testPeople.person("Lars Lead", legal, Role.DEPARTMENT_LEAD);
        alice = testPeople.person("Alice Aardvark", finance);
        bruno = testPeople.person("Bruno Badger", finance);
        carla = testPeople.person("Carla Cheetah", finance);
        procurement = TestSkills.unique("Procurement");
        budgeting = TestSkills.unique("Budgeting");
        procurementId = testSkills.skill(procurement, "Commercial");
        budgetingId = testSkills.skill(budgeting, "Commercial");
    }

    @Test
    void theLeadSeesGapsCountedBySkillWithoutNames() throws Exception {
        long framework = testSkills.framework(curator, TestSkills.unique("Finance"), finance.id(), null);
        testSkills.target(framework, procurementId, 3, 3);
        testSkills.declare(alice, procurementId, 2); // 1 short
        testSkills.declare(bruno, procurementId, 1); // 2 short
        testSkills.declare(carla, procurementId, 3); // met
        // the lead is 3 short (undeclared)

        as(financeLead, get("/expertise/departments/" + finance.id() + "/gaps"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>People short of the target")))
                .andExpect(content().string(containsString("<th scope=\"row\">" + procurement + "</th>")))
                // asked 4, with a gap 3, one at each shortfall, average 2.0
                .andExpect(content().string(containsString("<td>4</td>\n                        <td>3</td>")))
                .andExpect(content().string(containsString("class=\"agora-heat-1\">1</td>")))
                .andExpect(content().string(containsString("<td>2.0</td>")))
                .andExpect(content().string(not(containsString("Alice Aardvark"))))
                .andExpect(content().string(not(containsString("Bruno Badger"))))
                .andExpect(content().string(not(containsString("Carla Cheetah"))));

        as(financeLead, get("/expertise/departments/" + finance.id() + "/gaps.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content()
                        .string(allOf(
                                startsWith("Skill,People asked for it,People with a gap,1 level short"),
                                containsString(procurement + ",4,3,1,1,1,2.0\r\n"),
                                not(containsString("Alice")))));

        as(financeLead, get("/expertise/departments/gaps"))
                .andExpect(redirectedUrl("/expertise/departments/" + finance.id() + "/gaps"));
    }

    @Test
    void gapsAreForTheDepartmentsLeadAndAdminsOnly() throws Exception {
        String url = "/expertise/departments/" + finance.id() + "/gaps";
        PersonSummary admin = testPeople.person("Ari Admin", Role.ADMIN);
        as(admin, get(url)).andExpect(status().isOk());
        as(admin, get("/expertise/departments/gaps"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + finance.id() + "\"")));

        as(legalLead, get(url)).andExpect(status().isForbidden());
        as(legalLead, get(url + ".csv")).andExpect(status().isForbidden());
        as(alice, get(url)).andExpect(status().isForbidden());
        as(alice, get(url + ".csv")).andExpect(status().isForbidden());
        as(alice, get("/expertise/departments/gaps")).andExpect(status().isForbidden());
        as(curator, get(url)).andExpect(status().isForbidden());
    }

    @Test
    void knowledgeAtRiskNamesTheSingleHolderAndDocumentsOfLeavers() throws Exception {
        testSkills.declare(alice, procurementId, 4); // the only holder
        testSkills.declare(bruno, procurementId, 2); // not a holder
        testSkills.declare(alice, budgetingId, 3);
        testSkills.declare(carla, budgetingId, 3); // two holders: not at risk
        PersonSummary leaver = testPeople.person("Lena Leaver", finance);
        long library = testLibraries.library(curator, Visibility.ORGANISATION, null);
        String orphan = TestSkills.unique("Supplier onboarding checklist");
        testLibraries.textDocument(curator, library, orphan, "Steps.", Classification.OFFICIAL);
        long restricted = testLibraries.library(curator, Visibility.RESTRICTED, null);
        String hidden = TestSkills.unique("Restricted leaver notes");
        testLibraries.textDocument(curator, restricted, hidden, "Hidden.", Classification.OFFICIAL);
        String kept = TestSkills.unique("Active owner guide");
        testLibraries.textDocument(curator, library, kept, "Fine.", Classification.OFFICIAL);
        // the leaver owned two of them (handed over by the curator, who uploaded them)
        jdbc.sql("update document set owner_id = ? where title in (?, ?)")
                .params(leaver.id(), orphan, hidden)
                .update();
        jdbc.sql("update document set owner_id = ? where title = ?")
                .params(carla.id(), kept)
                .update();
        jdbc.sql("update person set active = false where id = ?")
                .param(leaver.id())
                .update();

        as(financeLead, get("/expertise/departments/" + finance.id() + "/risk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"row\">" + procurement + "</th>")))
                .andExpect(content().string(containsString("Alice Aardvark")))
                .andExpect(content().string(not(containsString(budgeting))))
                .andExpect(content().string(containsString(orphan)))
                .andExpect(content().string(containsString("Lena Leaver (deactivated)")))
                .andExpect(content().string(not(containsString(kept))))
                .andExpect(content().string(not(containsString(hidden))));

        as(curator, get("/expertise/departments/" + finance.id() + "/risk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(hidden)));
    }

    @Test
    void knowledgeAtRiskIsForTheLeadCuratorsAndAdminsOnly() throws Exception {
        String url = "/expertise/departments/" + finance.id() + "/risk";
        PersonSummary admin = testPeople.person("Abe Admin", Role.ADMIN);
        as(admin, get(url)).andExpect(status().isOk());
        as(curator, get("/expertise/departments/risk")).andExpect(status().isOk());
        as(legalLead, get(url)).andExpect(status().isForbidden());
        as(alice, get(url)).andExpect(status().isForbidden());
        as(alice, get("/expertise/departments/risk")).andExpect(status().isForbidden());
    }

    private ResultActions as(PersonSummary person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
