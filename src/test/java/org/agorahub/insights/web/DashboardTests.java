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
import org.agorahub.BrowserSession;
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

    @Autowired
    TestSkills testSkills;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
        BrowserSession session = new BrowserSession(mvc);
        session.perform(get("/search").param("q", word).with(user(TestPeople.principal(asker))))
                .andExpect(content().string(containsString("href=\"/documents/" + document + "\"")));
        session.perform(get("/documents/" + document)
                        .header("Referer", "http://localhost/search?q=" + word)
                        .with(user(TestPeople.principal(asker))))
                .andExpect(status().isOk());
        session.perform(
                get("/search").param("q", "nothingatall" + System.nanoTime()).with(user(TestPeople.principal(asker))));
        // opened straight, not from a search: used by another department, but no search success
        session.perform(get("/documents/" + document).with(user(TestPeople.principal(lead))));

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
    void anAdminsRebuildRunsInTheBackgroundAndThenTheDashboardCountsWhatHappenedSince() throws Exception {
        long board = testForums.board(admin, Visibility.ORGANISATION, null);
        testForums.question(asker, board, "Where is the travel policy?", "I cannot find it.");
        mvc.perform(post("/dashboards/rebuild")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf()))
                .andExpect(status().isFound());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !aggregates.rebuilding());
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("Questions asked</th><td class=\"text-end\">7</td>")))
                .andExpect(content().string(not(containsString("The figures are being rebuilt"))));
    }

    @Test
    void theUnansweredFigureLeadsToThoseQuestions() throws Exception {
        long board = testForums.board(admin, Visibility.ORGANISATION, null);
        String ours = TestSkills.unique("Who signs off the risk register");
        String theirs = TestSkills.unique("Who pays the invoices");
        String recent = TestSkills.unique("Who books the meeting rooms");
        for (String title : java.util.List.of(ours, theirs, recent)) {
            long thread = testForums.question(title.equals(theirs) ? answerer : asker, board, title, "Anyone?");
            if (!title.equals(recent)) {
                jdbc.sql("update forum_thread set created_at = now() - interval '10 days' where id = ?")
                        .param(thread)
                        .update();
            }
        }
        aggregates.rebuild(null);
        LocalDate today = LocalDate.now();
        String link = "/forums/unanswered?department=" + policy.id() + "&amp;from=" + today.minusDays(89) + "&amp;to="
                + today + "&amp;olderThanDays=7";
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("href=\"" + link + "\">1</a>")));
        mvc.perform(get(link.replace("&amp;", "&")).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString(ours)))
                .andExpect(content().string(not(containsString(theirs))))
                .andExpect(content().string(not(containsString(recent))));
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
    void failedSearchesAddUpOverWholeMonthsAndTheDaysAtAPeriodsEdges() throws Exception {
        String text = TestSkills.unique("zqmissing").replace(" ", "");
        LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(2);
        // the last day before a whole month, two days inside it, the first day after it; and one day outside
        logFailedSearch(text, month.minusDays(1), 1);
        logFailedSearch(text, month, 2);
        logFailedSearch(text, month.plusDays(14), 3);
        logFailedSearch(text, month.plusMonths(1), 4);
        logFailedSearch(text, month.plusMonths(1).plusDays(1), 5);
        aggregates.rebuild(null);

        String row =
                "<a href=\"/search?q=" + text + "\">" + text + "</a></th>\n                <td class=\"text-end\">";
        mvc.perform(get("/dashboards/departments/" + policy.id())
                        .param("from", month.minusDays(1).toString())
                        .param("to", month.plusMonths(1).toString())
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString(row + "10</td>")));
        mvc.perform(get("/dashboards/departments/" + policy.id())
                        .param("from", month.plusDays(1).toString())
                        .param("to", month.plusMonths(1).plusDays(1).toString())
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString(row + "12</td>")));
        // and each offers to fill the gap: a question or a page with the search as its title
        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("href=\"/forums?ask=" + text + "\"")))
                .andExpect(content().string(containsString("href=\"/libraries?write=" + text + "\"")));
        long board = testForums.board(admin, Visibility.ORGANISATION, null);
        mvc.perform(get("/forums").param("ask", text).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("To ask “" + text + "”")))
                // every board listed carries it (the list is paged: the new board need not be on its first page)
                .andExpect(content().string(containsString("?ask=" + text + "\"")));
        mvc.perform(get("/forums/boards/" + board).param("ask", text).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("threads/new?kind=QUESTION&amp;title=" + text)));
        mvc.perform(get("/forums/boards/" + board + "/threads/new")
                        .param("title", text)
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("value=\"" + text + "\"")));
        long library = testLibraries.library(lead, Visibility.ORGANISATION, policy.id());
        mvc.perform(get("/libraries").param("write", text).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("?write=" + text + "\"")));
        mvc.perform(get("/libraries/" + library).param("write", text).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("pages/new?title=" + text)));
        mvc.perform(get("/libraries/" + library + "/pages/new")
                        .param("title", text)
                        .with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("value=\"" + text + "\"")));
        // the organisation's own rows count it too
        mvc.perform(get("/dashboards/organisation")
                        .param("from", month.minusDays(1).toString())
                        .param("to", month.plusMonths(1).toString())
                        .with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString(text)));
        // Finance searched for nothing of it
        mvc.perform(get("/dashboards/departments/" + finance.id())
                        .param("from", month.minusDays(1).toString())
                        .param("to", month.plusMonths(1).toString())
                        .with(user(TestPeople.principal(otherLead))))
                .andExpect(content().string(not(containsString(text))));
    }

    @Test
    void theOrganisationsDepartmentByDepartmentTableLeavesOutSmallDepartments() throws Exception {
        String finances = ">" + finance.name() + "</th>";
        // Finance has two people: a cell of theirs could point at one of them
        String csv = answersCsv();
        assertThat(csv.lines().filter(line -> line.startsWith(policy.name() + ",")))
                .isEmpty();
        assertThat(csv).doesNotContain(finance.name());

        for (int i = 0; i < 3; i++) {
            testPeople.person("Fay Finance " + i, finance);
        }
        aggregates.rebuild(null);
        csv = answersCsv();
        java.util.List<String> header =
                java.util.List.of(csv.lines().findFirst().orElseThrow().split(","));
        String policyRow = csv.lines()
                .filter(line -> line.startsWith(policy.name() + ","))
                .findFirst()
                .orElseThrow();
        assertThat(policyRow.split(",")[header.indexOf(finance.name())]).isEqualTo("6");
        mvc.perform(get("/dashboards/organisation").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("Asked by ↓ · answered by →")))
                .andExpect(content().string(containsString(finances)));

        mvc.perform(get("/dashboards/organisation/answers.csv").with(user(TestPeople.principal(lead))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/organisation/use.csv").with(user(TestPeople.principal(lead))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSkillGapHeatMapCountsWithoutNamesAndLeavesOutSkillsAskedOfFewerThanFive() throws Exception {
        long everyone = testSkills.skill(TestSkills.unique("Stakeholder mapping"), "Policy");
        long few = testSkills.skill(TestSkills.unique("Econometrics"), "Policy");
        long departmentFramework =
                testSkills.framework(admin, TestSkills.unique("Policy framework"), policy.id(), null);
        testSkills.target(departmentFramework, everyone, 3, 3);
        String family = TestSkills.unique("economist");
        testSkills.jobFamily(asker, family);
        // a framework of a job family only one person here has
        long economists = testSkills.framework(admin, TestSkills.unique("Economists"), null, family);
        testSkills.target(economists, few, 4, 3);

        mvc.perform(get("/dashboards/departments/" + policy.id()).with(user(TestPeople.principal(lead))))
                .andExpect(content().string(containsString("5 of 5")))
                .andExpect(content().string(containsString(">" + nameOf(everyone) + "</th>")))
                .andExpect(content().string(not(containsString(nameOf(few)))))
                .andExpect(content().string(not(containsString("Ash Asker"))));
    }

    @Test
    void contentCurrencyIsCountedAtEachRebuild() throws Exception {
        DepartmentSummary archive = testPeople.department(TestSkills.unique("Archive"));
        PersonSummary archivist = testPeople.person("Arc Archivist", archive, Role.DEPARTMENT_LEAD);
        long library = testLibraries.library(archivist, Visibility.ORGANISATION, archive.id());
        testLibraries.textDocument(
                archivist, library, "Retention schedule", "Keep for seven years.", Classification.OFFICIAL);
        String page = "/dashboards/departments/" + archive.id();
        aggregates.rebuild(null);
        mvc.perform(get(page).with(user(TestPeople.principal(archivist))))
                .andExpect(content().string(containsString("as counted on")))
                .andExpect(content()
                        .string(containsString(
                                "Documents in use</th>\n                <td class=\"text-end\">1</td>")));

        // the documents behind the figures are in the verification queue, for those who may work through it
        String queue = "/admin/verification?reason=OVERDUE&amp;department=" + archive.id();
        mvc.perform(get(page).with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString(queue)));
        mvc.perform(get(page).with(user(TestPeople.principal(archivist))))
                .andExpect(content().string(not(containsString("/admin/verification"))));

        testLibraries.textDocument(archivist, library, "Disposal log", "Destroyed boxes.", Classification.OFFICIAL);
        aggregates.rebuild(null);
        mvc.perform(get(page).with(user(TestPeople.principal(archivist))))
                .andExpect(content()
                        .string(containsString(
                                "Documents in use</th>\n                <td class=\"text-end\">2</td>")));
    }

    private String nameOf(long skill) {
        return jdbc.sql("select name from skill where id = ?")
                .param(skill)
                .query(String.class)
                .single();
    }

    private String answersCsv() throws Exception {
        return mvc.perform(get("/dashboards/organisation/answers.csv").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A search of the department's that found nothing, as the search page logs it, on a past day. */
    private void logFailedSearch(String text, LocalDate day, int times) {
        for (int i = 0; i < times; i++) {
            jdbc.sql("insert into search_query_log (query, hits, department_id, searched_at) values (?, 0, ?, ?)")
                    .params(text, policy.id(), java.sql.Timestamp.valueOf(day.atTime(12, 0)))
                    .update();
        }
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
