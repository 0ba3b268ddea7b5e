package org.agorahub.insights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.forum.TestForums;
import org.agorahub.insights.domain.AggregateService;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A lead's dashboard from the rebuilt aggregates, what it withholds, and who may see it. */
@AgoraTest
class DashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    AggregateService aggregates;

    @Autowired
    TestLibraries testLibraries;

    DepartmentSummary policy;
    DepartmentSummary finance;
    PersonSummary lead;
    PersonSummary otherLead;
    PersonSummary asker;
    PersonSummary answerer;
    PersonSummary admin;

    @BeforeEach
    void setUp() {
        policy = testPeople.department(TestSkills.unique("Policy"));
        finance = testPeople.department(TestSkills.unique("Finance"));
        lead = testPeople.person("Lea Lead", policy, Role.DEPARTMENT_LEAD);
        otherLead = testPeople.person("Fin Lead", finance, Role.DEPARTMENT_LEAD);
        asker = testPeople.person("Ash Asker", policy);
        answerer = testPeople.person("Ann Answerer", finance);
        admin = testPeople.person("Ada Admin", Role.ADMIN);
        long board = testForums.board(admin, Visibility.ORGANISATION, null);
        for (int i = 0; i < 6; i++) {
            long question = testForums.question(asker, board, "How do I claim expenses " + i + "?", "Which form?");
            testForums.reply(answerer, question, "Use the claims form.");
        }
        for (int i = 0; i < 3; i++) {
            testPeople.person("Pat Policy " + i, policy);
        }
        aggregates.rebuild(null);
    }

    @Test
    void aLeadSeesTheirDepartmentsQuestionsAnswersAndWhoAnsweredAcrossDepartments() throws Exception {
        mvc.perform(get("/dashboards").with(user(TestPeople.principal(lead)))).andExpect(status().isFound());
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + policy.name() + "</h1>")))
                .andExpect(content()
                        .string(containsString(
                                "Other departments gave the first answer to 6 of this department’s questions")))
                .andExpect(content().string(containsString(finance.name())))
                .andExpect(content().string(containsString("6 (100 %)")))
                .andExpect(content().string(not(containsString("Ash Asker"))))
                .andExpect(content().string(not(containsString("Ann Answerer"))));

        String csv = mvc.perform(get("/dashboards/departments/" + policy.id() + "/weeks.csv")
                        .with(user(TestPeople.principal(lead))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("week starting,documents published or updated,questions and discussions,replies");
        assertThat(csv.lines()
                        .skip(1)
                        .mapToLong(line -> Long.parseLong(line.split(",")[2]))
                        .sum())
                .isEqualTo(6);
    }

    @Test
    void searchesTheirSuccessAndDocumentsReadByOtherDepartmentsAreCounted() throws Exception {
        long library = testLibraries.library(otherLead, Visibility.ORGANISATION, finance.id());
        String word = "zanzibarexpenses" + System.nanoTime();
        long document = testLibraries.textDocument(
                answerer,
                library,
                "Claiming " + word,
                "How to claim " + word + " step by step.",
                Classification.OFFICIAL);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/search").param("q", word).session(session).with(user(TestPeople.principal(asker))))
                .andExpect(content().string(containsString("href=\"/documents/" + document + "\"")));
        mvc.perform(get("/documents/" + document)
                        .session(session)
                        .header("Referer", "http://localhost/search?q=" + word)
                        .with(user(TestPeople.principal(asker))))
                .andExpect(status().isOk());
        mvc.perform(get("/search")
                .param("q", "nothingatall" + System.nanoTime())
                .session(session)
                .with(user(TestPeople.principal(asker))));
        // opened straight, not from a search: used by another department, but no search success
        mvc.perform(get("/documents/" + document).session(session).with(user(TestPeople.principal(lead))));

        aggregates.rebuild(null);

        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("<td class=\"text-end\">2</td>")))
                .andExpect(content().string(containsString("1 (50 %)")));
        mvc.perform(get("/dashboards/departments/" + finance.id()).with(user(TestPeople.principal(otherLead))))
                .andExpect(content()
                        .string(containsString(
                                "People of other departments opened this department’s documents 2 times")))
                .andExpect(content().string(containsString(">" + policy.name() + "</th>")));
    }

    @Test
    void aSmallDepartmentsContributorsAndSearchesAreWithheld() throws Exception {
        // Finance has two people: too few for figures that could point at one of them
        mvc.perform(get("/dashboards/departments/" + finance.id()).with(user(TestPeople.principal(otherLead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not shown (fewer than 5 people)")))
                .andExpect(content().string(containsString("Searches are not shown for groups of fewer than five")));
        // Policy has five: its contributors are counted
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("1 of 5")));
    }

    @Test
    void nobodyButTheDepartmentsLeadAndAdminsSeesItsDashboard() throws Exception {
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(otherLead))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/departments/" + policy.id() + "/weeks.csv")
                        .with(user(TestPeople.principal(otherLead))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(asker))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/organisation").with(user(TestPeople.principal(lead))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dashboards/rebuild")
                        .with(user(TestPeople.principal(lead)))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboards/organisation").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Whole organisation")));
        mvc.perform(post("/dashboards/rebuild")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void anInvertedOrTwentyYearPeriodIsRefusedWithAMessageAndTheLast90DaysShown() throws Exception {
        LocalDate today = LocalDate.now();
        mvc.perform(get("/dashboards/departments/" + policy.id())
                        .param("from", today.toString())
                        .param("to", today.minusDays(30).toString())
                        .with(user(TestPeople.principal(lead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The start date was after the end date")));
        mvc.perform(get("/dashboards/departments/" + policy.id())
                        .param("from", today.minusYears(20).toString())
                        .param("to", today.toString())
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("A period can be at most three years")));
        mvc.perform(get("/dashboards/departments/" + policy.id())
                        .param("from", "last tuesday")
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("Enter dates like 2026-09-01")));
    }

    @Test
    void aPeriodWithNothingInItSaysSo() throws Exception {
        LocalDate longAgo = LocalDate.now().minusYears(2);
        mvc.perform(get("/dashboards/departments/" + policy.id())
                        .param("from", longAgo.toString())
                        .param("to", longAgo.plusDays(10).toString())
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("Nothing was published, asked or answered here")));
    }
}
