package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.expertise.TestSkills;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.TestForums;
import org.agorahub.forum.ThreadKind;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "My development": a person's gaps against the frameworks of their department (and the departments above it) and
 * of their job family, most pressing first, with recommendations only from what the person may read. Another
 * person's page is for admins only.
 */
@AgoraTest
class DevelopmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    @Autowired
    LibraryApi libraries;

    @Autowired
    ForumApi forums;

    @Autowired
    StatementCounter statements;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DepartmentSummary finance;
    DepartmentSummary legal;
    PersonSummary curator;
    PersonSummary financeLead;
    PersonSummary learner;
    String procurement;
    String budgeting;
    String drafting;
    long procurementId;
    long budgetingId;
    long draftingId;

    @BeforeEach
    void setUp() {
        curator = testPeople.person("Cai Curator", Role.CURATOR);
        finance = testPeople.department("Finance");
        legal = testPeople.department("Legal");
        financeLead = testPeople.person("Fay Lead", finance, Role.DEPARTMENT_LEAD);
        learner = testPeople.person("Lee Learner", finance);
        procurement = TestSkills.unique("Procurement");
        budgeting = TestSkills.unique("Budgeting");
        drafting = TestSkills.unique("Drafting");
        procurementId = testSkills.skill(procurement, "Commercial", "Buying " + procurement);
        budgetingId = testSkills.skill(budgeting, "Commercial");
        draftingId = testSkills.skill(drafting, "Writing");
    }

    @Test
    void gapsAreListedMostPressingFirstWithLevelsInWordsAndTheirFrameworks() throws Exception {
        String financeFramework = TestSkills.unique("Finance essentials");
        long framework = testSkills.framework(curator, financeFramework, finance.id(), null);
        testSkills.target(framework, procurementId, 4, 3); // 3 short × essential = 9
        testSkills.target(framework, budgetingId, 3, 1); // 2 short × useful = 2
        testSkills.target(framework, draftingId, 2, 2); // met through evidence
        String analysts = TestSkills.unique("Analysts");
        long family = testSkills.framework(curator, TestSkills.unique("Analyst skills"), null, analysts);
        testSkills.target(family, budgetingId, 4, 2); // the higher target: 3 short × important = 6
        testSkills.jobFamily(learner, analysts.toUpperCase());
        testSkills.declare(learner, procurementId, 1);
        testSkills.declare(learner, budgetingId, 1);
        testSkills.declare(learner, draftingId, 1);
        testSkills.evidence(learner, draftingId, 5.0);

        as(learner, get("/development"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(stringContainsInOrder(
                                procurement,
                                "Target: Expert",
                                "Your level: Aware",
                                "3 levels short",
                                "Importance: Essential",
                                financeFramework,
                                budgeting,
                                "Target: Expert",
                                "3 levels short",
                                "Importance: Important")))
                .andExpect(content().string(not(containsString(drafting))));
    }

    @Test
    void frameworksOfDepartmentsAboveApplyToo() throws Exception {
        DepartmentSummary team = testPeople.department("Payments team");
        PersonSummary teamMember = testPeople.person("Tam Team", team);
        jdbc.sql("update department set parent_id = ? where id = ?")
                .params(finance.id(), team.id())
                .update();
        long framework = testSkills.framework(curator, TestSkills.unique("Finance wide"), finance.id(), null);
        testSkills.target(framework, budgetingId, 2, 2);

        as(teamMember, get("/development"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(budgeting)))
                .andExpect(content().string(containsString("2 levels short")));
    }

    @Test
    void recommendationsAreOnlyWhatThePersonMayReadAndMentorsWhoKnowTheSkill() throws Exception {
        long framework = testSkills.framework(curator, TestSkills.unique("Finance"), finance.id(), null);
        testSkills.target(framework, procurementId, 3, 3);

        long open = testLibraries.library(curator, Visibility.ORGANISATION, null);
        String guide = TestSkills.unique("Framework agreements guide");
        long guideId = testLibraries.taggedDocument(
                curator, open, guide, "How to buy.", Classification.OFFICIAL, "buying " + procurement);
        libraries.verify(TestLibraries.user(curator), guideId);
        String draft = TestSkills.unique("Unverified notes");
        testLibraries.taggedDocument(curator, open, draft, "Notes.", Classification.OFFICIAL, procurement);
        long restricted = testLibraries.library(curator, Visibility.RESTRICTED, null);
        String secret = TestSkills.unique("Restricted tender file");
        long secretId = testLibraries.taggedDocument(
                curator, restricted, secret, "Secret.", Classification.OFFICIAL, procurement);
        libraries.verify(TestLibraries.user(curator), secretId);

        long openBoard = testForums.board(curator, Visibility.ORGANISATION, null);
        String question = TestSkills.unique("How do I run a mini-competition");
        forums.startThread(
                TestLibraries.user(curator),
                openBoard,
                new NewThread(ThreadKind.QUESTION, question, "Steps?", Set.of(procurement)));
        long legalBoard = testForums.board(curator, Visibility.DEPARTMENT, legal.id());
        String legalThread = TestSkills.unique("Legal-only procurement dispute");
        forums.startThread(
                TestLibraries.user(curator),
                legalBoard,
                new NewThread(ThreadKind.DISCUSSION, legalThread, "Between us.", Set.of(procurement)));

        PersonSummary expert = testPeople.person("Ezra Expert", legal);
        PersonSummary practitioner = testPeople.person("Pat Practitioner", finance);
        PersonSummary novice = testPeople.person("Nia Novice", finance);
        PersonSummary leaver = testPeople.person("Lou Leaver", finance);
        testSkills.declare(expert, procurementId, 4);
        testSkills.declare(practitioner, procurementId, 3);
        testSkills.declare(novice, procurementId, 2);
        testSkills.declare(leaver, procurementId, 4);
        PersonSummary endorsed = testPeople.person("Quinn Quoted", finance);
        testSkills.declare(endorsed, procurementId, 3);
        testSkills.endorse(practitioner, endorsed, procurementId);
        jdbc.sql("update person set active = false where id = ?")
                .param(leaver.id())
                .update();

        as(learner, get("/development"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(guide)))
                .andExpect(content().string(containsString(question)))
                .andExpect(content()
                        .string(stringContainsInOrder(
                                "Ezra Expert", legal.name(), "Quinn Quoted", "1 endorsement", "Pat Practitioner")))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString(draft))))
                .andExpect(content().string(not(containsString(legalThread))))
                .andExpect(content().string(not(containsString("Nia Novice"))))
                .andExpect(content().string(not(containsString("Lou Leaver"))));

        // the curator reads the restricted library, so it is recommended to them (the same page, their own gaps)
        DepartmentSummary curators = testPeople.department("Curators");
        PersonSummary curatorLearner = testPeople.person("Cal Curator-Learner", curators, Role.CURATOR);
        long curatorFramework = testSkills.framework(curator, TestSkills.unique("Curating"), curators.id(), null);
        testSkills.target(curatorFramework, procurementId, 2, 1);
        as(curatorLearner, get("/development")).andExpect(content().string(containsString(secret)));
    }

    @Test
    void emptyStatesSayWhyThereIsNothingToShow() throws Exception {
        DepartmentSummary newcomers = testPeople.department("Newcomers");
        PersonSummary newcomer = testPeople.person("Nell Newcomer", newcomers);
        as(newcomer, get("/development"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your department has not set out the skills it needs yet")));

        long framework = testSkills.framework(curator, TestSkills.unique("Newcomer basics"), newcomers.id(), null);
        testSkills.target(framework, draftingId, 2, 2);
        testSkills.declare(newcomer, draftingId, 2);
        as(newcomer, get("/development"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You meet every target")));
    }

    @Test
    void anotherPersonsDevelopmentIsForAdminsOnly() throws Exception {
        long framework = testSkills.framework(curator, TestSkills.unique("Finance"), finance.id(), null);
        testSkills.target(framework, procurementId, 3, 3);
        PersonSummary admin = testPeople.person("Ada Admin", Role.ADMIN);
        PersonSummary colleague = testPeople.person("Col Colleague", finance);
        String url = "/development?person=" + learner.id();

        as(admin, get(url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Development of Lee Learner")))
                .andExpect(content().string(containsString(procurement)));
        as(financeLead, get(url)).andExpect(status().isForbidden());
        as(colleague, get(url)).andExpect(status().isForbidden());
        as(curator, get(url)).andExpect(status().isForbidden());
        as(learner, get(url)).andExpect(status().isOk());
    }

    @Test
    void theLeadFindsTheirDepartmentPagesFromTheirDevelopmentPage() throws Exception {
        as(financeLead, get("/development"))
                .andExpect(content().string(containsString("/expertise/departments/" + finance.id() + "/gaps")))
                .andExpect(content().string(containsString("/expertise/departments/" + finance.id() + "/risk")));
        as(learner, get("/development")).andExpect(content().string(not(containsString("/expertise/departments/"))));
    }

    @Test
    void thePageCostsTheSameNumberOfStatementsHoweverManyGaps() throws Exception {
        DepartmentSummary counting = testPeople.department("Counting");
        PersonSummary counter = testPeople.person("Cy Counter", counting);
        PersonSummary mentor = testPeople.person("Mo Mentor", counting);
        long framework = testSkills.framework(curator, TestSkills.unique("Counting"), counting.id(), null);
        long open = testLibraries.library(curator, Visibility.ORGANISATION, null);
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        addGap(framework, open, board, mentor, 0);
        long one = statementsFor(counter);
        assertThat(one).as("statements are being counted").isGreaterThan(3);

        for (int i = 1; i < 8; i++) {
            addGap(framework, open, board, mentor, i);
        }
        as(counter, get("/development")).andExpect(content().string(containsString("Counting skill 7 ")));
        assertThat(statementsFor(counter)).isEqualTo(one);
    }

    private void addGap(long framework, long library, long board, PersonSummary mentor, int i) {
        String name = TestSkills.unique("Counting skill " + i);
        long skill = testSkills.skill(name, "Counting", name + " alias");
        testSkills.target(framework, skill, 3, 2);
        testSkills.declare(mentor, skill, 4);
        long document = testLibraries.taggedDocument(
                curator, library, "Doc " + name, "Text", Classification.OFFICIAL, name + " alias");
        libraries.verify(TestLibraries.user(curator), document);
        forums.startThread(
                TestLibraries.user(curator),
                board,
                new NewThread(ThreadKind.DISCUSSION, "Thread " + name, "Text", Set.of(name)));
    }

    private long statementsFor(PersonSummary viewer) throws Exception {
        statements.reset();
        as(viewer, get("/development")).andExpect(status().isOk());
        return statements.count();
    }

    private ResultActions as(PersonSummary person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
