package org.agorahub.insights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.insights.domain.SurveyRoundResult;
import org.agorahub.insights.domain.SurveyService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.shared.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The KM practice survey through the pages: a lead sends a round, the department answers anonymously and once, the
 * lead reads figures only when they cannot point at anyone — and everyone else is turned away.
 */
@AgoraTest
class SurveyFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyService surveys;

    DepartmentSummary policy;
    DepartmentSummary finance;
    PersonSummary lead;
    List<PersonSummary> members = new ArrayList<>();
    PersonSummary otherLead;
    PersonSummary outsider;
    PersonSummary admin;

    @BeforeEach
    void setUp() {
        policy = testPeople.department(TestSkills.unique("Survey policy"));
        finance = testPeople.department(TestSkills.unique("Survey finance"));
        lead = testPeople.person("Lea Lead", policy, Role.DEPARTMENT_LEAD);
        for (int i = 1; i <= 6; i++) {
            members.add(testPeople.person("Member " + i, policy));
        }
        otherLead = testPeople.person("Olu Otherlead", finance, Role.DEPARTMENT_LEAD);
        outsider = testPeople.person("Fin Outsider", finance);
        admin = testPeople.person("Ada Admin", finance, Role.ADMIN);
    }

    MockHttpServletRequestBuilder as(PersonSummary person, MockHttpServletRequestBuilder request) {
        return request.with(user(TestPeople.principal(person))).with(csrf());
    }

    long send(PersonSummary sender, DepartmentSummary department) throws Exception {
        MvcResult sent = mvc.perform(as(sender, post("/insights/surveys"))
                        .param("department", String.valueOf(department.id()))
                        .param("closesOn", ""))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(flash(sent).key()).isEqualTo("survey.sent");
        return openRound(department);
    }

    long openRound(DepartmentSummary department) {
        return jdbc.sql("select id from survey_round where department_id = ? and closed_on is null")
                .param(department.id())
                .query(Long.class)
                .single();
    }

    MvcResult answer(PersonSummary person, long round, Integer... scores) throws Exception {
        MockHttpServletRequestBuilder request = as(person, post("/insights/surveys/" + round));
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                request.param("practice" + (i + 1), String.valueOf(scores[i]));
            }
        }
        return mvc.perform(request).andReturn();
    }

    int counted(long round) {
        return jdbc.sql("select coalesce(sum(answers), 0) from survey_tally where round_id = ?")
                .param(round)
                .query(Integer.class)
                .single();
    }

    boolean answered(PersonSummary person, long round) {
        return jdbc.sql("select answered from survey_invitee where round_id = ? and person_id = ?")
                .params(round, person.id())
                .query(Boolean.class)
                .single();
    }

    static Flash.Message flash(MvcResult result) {
        return (Flash.Message) result.getFlashMap().get(Flash.ATTRIBUTE);
    }

    static CurrentUser current(PersonSummary person) {
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }

    @Test
    void aLeadSendsARoundAndOnlyThePeopleOfTheDepartmentAreTold() throws Exception {
        long round = send(lead, policy);

        String link = "/insights/surveys/" + round;
        for (PersonSummary member : members) {
            assertThat(notificationsTo(member, link)).isEqualTo(1);
        }
        assertThat(notificationsTo(outsider, link)).isZero();
        assertThat(notificationsTo(otherLead, link)).isZero();
        assertThat(notificationsTo(lead, link)).isZero();
        LocalDate closesOn = jdbc.sql("select closes_on from survey_round where id = ?")
                .param(round)
                .query(LocalDate.class)
                .single();
        assertThat(closesOn).isEqualTo(LocalDate.now().plusDays(SurveyService.DEFAULT_DAYS_OPEN));
        mvc.perform(as(lead, get("/insights/surveys")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 of 6")))
                .andExpect(content()
                        .string(containsString("Results are shown once at least 5 people have answered (0 so far)")));
    }

    @Test
    void anAdminSendsToAnyDepartment() throws Exception {
        long round = send(admin, policy);
        // the lead is one of the department, so is asked too
        assertThat(notificationsTo(lead, "/insights/surveys/" + round)).isEqualTo(1);
        mvc.perform(as(admin, get("/insights/surveys").param("department", String.valueOf(policy.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 of 7")));
    }

    @Test
    void aMemberAnswersOnceAndIsThanked() throws Exception {
        long round = send(lead, policy);
        PersonSummary member = members.get(0);
        mvc.perform(as(member, get("/insights/surveys/" + round)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend")))
                .andExpect(content().string(containsString("Senior executives are actively involved in projects")))
                .andExpect(content().string(containsString("functions, and responsibilities to manage knowledge")))
                .andExpect(content().string(containsString("1 — Not at all")))
                .andExpect(content().string(containsString("5 — Fully")));

        MvcResult first = answer(member, round, 4, 3, 5, 2, 4, 1);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/insights/surveys/" + round);
        assertThat(counted(round)).isEqualTo(6);
        assertThat(answered(member, round)).isTrue();
        mvc.perform(as(member, get("/insights/surveys/" + round)))
                .andExpect(content().string(containsString("Thank you")))
                .andExpect(content().string(not(containsString("Send my answers"))));

        MvcResult twice = answer(member, round, 1, 1, 1, 1, 1, 1);
        assertThat(twice.getResponse().getStatus()).isEqualTo(200);
        assertThat(twice.getResponse().getContentAsString()).contains("You have already answered this survey");
        assertThat(counted(round)).isEqualTo(6);
    }

    @Test
    void missingAndOutOfRangeAnswersAreExplainedWithTheChoicesKeptAndNothingCounted() throws Exception {
        long round = send(lead, policy);
        PersonSummary member = members.get(1);

        MvcResult result = answer(member, round, 4, null, 9, 2, 5, null);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains("Choose how far statement 2 is true, from 1 (not at all) to 5 (fully).")
                .contains("Choose how far statement 6 is true")
                .contains("Statement 3: choose one of the values 1 to 5.");
        assertThat(page).containsPattern("value=\"4\" id=\"practice14\" name=\"practice1\" checked=\"checked\"");
        assertThat(page).containsPattern("value=\"5\" id=\"practice55\" name=\"practice5\" checked=\"checked\"");
        assertThat(answered(member, round)).isFalse();
        assertThat(counted(round)).isZero();

        MvcResult notANumber = answer(member, round, 4, 4, 4, 4, 4, null);
        assertThat(notANumber.getResponse().getContentAsString()).contains("statement 6");
        mvc.perform(as(member, post("/insights/surveys/" + round))
                        .param("practice1", "4")
                        .param("practice2", "4")
                        .param("practice3", "4")
                        .param("practice4", "4")
                        .param("practice5", "4")
                        .param("practice6", "four"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Statement 6: choose one of the values 1 to 5.")));
        assertThat(counted(round)).isZero();
    }

    @Test
    void someoneNotInTheDepartmentWhenItWasSentCannotAnswer() throws Exception {
        long round = send(lead, policy);
        mvc.perform(as(outsider, get("/insights/surveys/" + round))).andExpect(status().isNotFound());
        assertThat(answer(outsider, round, 3, 3, 3, 3, 3, 3).getResponse().getStatus())
                .isEqualTo(404);
        // joining after the round was sent does not make you one of those asked
        PersonSummary newcomer = testPeople.person("Nia Newcomer", policy);
        assertThat(answer(newcomer, round, 3, 3, 3, 3, 3, 3).getResponse().getStatus())
                .isEqualTo(404);
        // nor does sending it
        assertThat(answer(lead, round, 3, 3, 3, 3, 3, 3).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(counted(round)).isZero();
    }

    @Test
    void resultsAreHiddenBelowFiveAnswersAndWhileOpenThenShownWithTheRightAverages() throws Exception {
        long round = send(lead, policy);
        answer(members.get(0), round, 1, 5, 4, 2, 3, 1);
        answer(members.get(1), round, 2, 5, 4, 2, 3, 1);
        answer(members.get(2), round, 3, 5, 4, 2, 3, 2);
        answer(members.get(3), round, 4, 5, 4, 2, 3, 2);
        mvc.perform(as(lead, get("/insights/surveys")))
                .andExpect(content()
                        .string(containsString("Results are shown once at least 5 people have answered (4 so far)")))
                .andExpect(content().string(not(containsString("How many people gave each rating"))));
        assertThat(surveys.results(current(lead), policy.id())).singleElement().satisfies(r -> {
            assertThat(r.shown()).isFalse();
            assertThat(r.averages()).isEmpty();
            assertThat(r.answered()).isEqualTo(4);
        });

        answer(members.get(4), round, 5, 5, 3, 2, 3, 1);
        // five answers, but still open: the figures would move with each answer from now on
        mvc.perform(as(lead, get("/insights/surveys")))
                .andExpect(content().string(containsString("Results are shown when the round closes")));
        assertThat(surveys.results(current(lead), policy.id()).get(0).shown()).isFalse();

        mvc.perform(as(lead, post("/insights/surveys/" + round + "/close"))).andExpect(status().isFound());

        List<SurveyRoundResult> results = surveys.results(current(lead), policy.id());
        assertThat(results).hasSize(1);
        SurveyRoundResult result = results.get(0);
        assertThat(result.shown()).isTrue();
        assertThat(result.invited()).isEqualTo(6);
        assertThat(result.answered()).isEqualTo(5);
        assertThat(result.closesOn()).isEqualTo(LocalDate.now());
        assertThat(result.averages()).containsExactly(3.0, 5.0, 3.8, 2.0, 3.0, 1.4);
        mvc.perform(as(lead, get("/insights/surveys")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How many people gave each rating")))
                .andExpect(content().string(containsString("3.8")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("5 (100%)")));
        String csv = mvc.perform(as(lead, get("/insights/surveys.csv")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("3.00,5.00,3.80,2.00,3.00,1.40");
        // and a closed round takes no more answers
        MvcResult late = answer(members.get(5), round, 3, 3, 3, 3, 3, 3);
        assertThat(late.getResponse().getContentAsString()).contains("This survey has closed");
        assertThat(answered(members.get(5), round)).isFalse();
        assertThat(counted(round)).isEqualTo(30);
    }

    @Test
    void theCsvLeavesOutTheFiguresOfARoundWithFewerThanFiveAnswers() throws Exception {
        long round = send(lead, policy);
        for (int i = 0; i < 3; i++) {
            answer(members.get(i), round, 5, 5, 5, 5, 5, 5);
        }
        mvc.perform(as(lead, post("/insights/surveys/" + round + "/close")));
        String csv = mvc.perform(
                        as(lead, get("/insights/surveys.csv").param("department", String.valueOf(policy.id()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().skip(1))
                .singleElement()
                .satisfies(line -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d,\\d{4}-\\d\\d-\\d\\d,6,3,no,,,,,,"));
        mvc.perform(as(lead, get("/insights/surveys")))
                .andExpect(content().string(containsString("Only 3 people answered")))
                .andExpect(content().string(not(containsString("5.0"))));
    }

    @Test
    void answersAreKeptWithoutAnyoneAttachedToThem() {
        List<String> tally = columns("survey_tally");
        assertThat(tally).containsExactlyInAnyOrder("round_id", "practice", "score", "answers");
        assertThat(tally).noneMatch(c -> c.contains("person") || c.contains("by") || c.contains("_at"));
        List<String> types = jdbc.sql(
                        "select data_type from information_schema.columns where table_name = 'survey_tally'")
                .query(String.class)
                .list();
        assertThat(types).noneMatch(t -> t.contains("time") || t.contains("date"));
        // who answered holds no answer and no time
        assertThat(columns("survey_invitee")).containsExactlyInAnyOrder("round_id", "person_id", "answered");
    }

    List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = ?")
                .param(table)
                .query(String.class)
                .list();
    }

    @Test
    void aLeadOfAnotherDepartmentAndAPlainMemberAreTurnedAway() throws Exception {
        long round = send(lead, policy);
        String department = String.valueOf(policy.id());
        for (PersonSummary stranger : List.of(otherLead, members.get(0), outsider)) {
            mvc.perform(as(stranger, get("/insights/surveys").param("department", department)))
                    .andExpect(status().isForbidden());
            mvc.perform(as(stranger, get("/insights/surveys.csv").param("department", department)))
                    .andExpect(status().isForbidden());
            mvc.perform(as(stranger, post("/insights/surveys").param("department", department)))
                    .andExpect(status().isForbidden());
            mvc.perform(as(stranger, post("/insights/surveys/" + round + "/close")))
                    .andExpect(status().isForbidden());
            assertThatThrownBy(() -> surveys.results(current(stranger), policy.id()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // a member's own department is no better: results are for its lead
        mvc.perform(as(members.get(0), get("/insights/surveys"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from survey_round where department_id = ?")
                        .param(policy.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select closed_on is null from survey_round where id = ?")
                        .param(round)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aSecondRoundIsRefusedWhileOneIsOpenAndAllowedOnceItHasClosed() throws Exception {
        long first = send(lead, policy);
        MvcResult second = mvc.perform(
                        as(lead, post("/insights/surveys")).param("department", String.valueOf(policy.id())))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(flash(second).key()).isEqualTo("survey.send.alreadyOpen");
        assertThat(jdbc.sql("select count(*) from survey_round where department_id = ?")
                        .param(policy.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // past its last day, the round no longer blocks the next one
        jdbc.sql("update survey_round set sent_on = ?, closes_on = ? where id = ?")
                .params(LocalDate.now().minusDays(20), LocalDate.now().minusDays(1), first)
                .update();
        MvcResult late = answer(members.get(0), first, 3, 3, 3, 3, 3, 3);
        assertThat(late.getResponse().getContentAsString()).contains("This survey has closed");
        assertThat(counted(first)).isZero();
        mvc.perform(as(members.get(0), get("/insights/surveys/" + first)))
                .andExpect(content().string(containsString("no longer takes answers")))
                .andExpect(content().string(not(containsString("Send my answers"))));
        long next = send(lead, policy);
        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void aClosingDateInThePastOrADepartmentTooSmallIsRefusedAndNothingIsSent() throws Exception {
        mvc.perform(as(lead, post("/insights/surveys"))
                        .param("department", String.valueOf(policy.id()))
                        .param("closesOn", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be in the past")));
        mvc.perform(as(lead, post("/insights/surveys"))
                        .param("department", String.valueOf(policy.id()))
                        .param("closesOn", "next week"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the last day as a date")));

        DepartmentSummary small = testPeople.department(TestSkills.unique("Survey small"));
        PersonSummary smallLead = testPeople.person("Sol Smalllead", small, Role.DEPARTMENT_LEAD);
        PersonSummary only = testPeople.person("Oli Only", small);
        MvcResult refused = mvc.perform(
                        as(smallLead, post("/insights/surveys")).param("department", String.valueOf(small.id())))
                .andReturn();
        assertThat(flash(refused).key()).isEqualTo("survey.send.tooFew");
        assertThat(jdbc.sql("select count(*) from survey_round where department_id in (?, ?)")
                        .params(policy.id(), small.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'insights.survey'")
                        .param(only.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    int notificationsTo(PersonSummary person, String link) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and link = ?")
                .params(person.id(), link)
                .query(Integer.class)
                .single();
    }
}
