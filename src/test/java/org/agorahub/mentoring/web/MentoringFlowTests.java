package org.agorahub.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A programme from start to finish through the pages: offers and requests, a round with reasons, review, publishing,
 * answers, the mentorship's private log, completion and feedback — and who may see what.
 */
@AgoraTest
class MentoringFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary policy;
    DepartmentSummary finance;
    PersonSummary curator;
    PersonSummary mentor;
    PersonSummary mentee;
    PersonSummary bystander;
    long procurement;
    long programme;

    @BeforeEach
    void setUp() throws Exception {
        policy = testPeople.department(TestSkills.unique("Policy"));
        finance = testPeople.department(TestSkills.unique("Finance"));
        curator = testPeople.person("Cara Curator", policy, Role.CURATOR);
        mentor = testPeople.person("Mo Mentor", finance);
        mentee = testPeople.person("Mia Mentee", policy);
        bystander = testPeople.person("Bea Bystander", policy);
        procurement = testSkills.skill(TestSkills.unique("Procurement"), null, TestSkills.unique("buying"));
        testSkills.declare(mentor, procurement, 4);
        testSkills.declare(mentee, procurement, 1);
        programme = startProgramme("PREFERRED");
    }

    long startProgramme(String crossDepartment) throws Exception {
        String name = TestSkills.unique("New starters");
        mvc.perform(as(curator, post("/mentoring/programmes/new"))
                        .param("name", name)
                        .param("description", "For people new to the job")
                        .param("startsOn", LocalDate.now().toString())
                        .param("endsOn", LocalDate.now().plusMonths(6).toString())
                        .param("crossDepartment", crossDepartment)
                        .param("maxMenteesPerMentor", "2"))
                .andExpect(status().isFound());
        return jdbc.sql("select id from mentoring_programme where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    MockHttpServletRequestBuilder as(PersonSummary person, MockHttpServletRequestBuilder request) {
        return request.with(user(TestPeople.principal(person))).with(csrf());
    }

    void offer(PersonSummary person, long programmeId, long skill) throws Exception {
        mvc.perform(as(person, post("/mentoring/programmes/" + programmeId + "/offer"))
                        .param("skillIds", String.valueOf(skill))
                        .param("capacity", "2")
                        .param("hoursPerMonth", "4")
                        .param("format", "REMOTE")
                        .param("canHelpWith", "Buying services, writing tenders and evaluating bids"))
                .andExpect(status().isFound());
    }

    void request(PersonSummary person, long programmeId, long skill) throws Exception {
        mvc.perform(as(person, post("/mentoring/programmes/" + programmeId + "/request"))
                        .param("skillIds", String.valueOf(skill))
                        .param("goals", "I am writing my first tender and want to evaluate bids fairly")
                        .param("format", "REMOTE"))
                .andExpect(status().isFound());
    }

    /** Starts a round and waits for it to finish in the background; returns its id. */
    long runRound(PersonSummary organiser, long programmeId) throws Exception {
        MvcResult started = mvc.perform(as(organiser, post("/mentoring/programmes/" + programmeId + "/rounds")))
                .andExpect(status().isFound())
                .andReturn();
        long round = Long.parseLong(started.getResponse().getRedirectedUrl().substring("/mentoring/rounds/".length()));
        for (int i = 0; i < 600 && "RUNNING".equals(roundStatus(round)); i++) {
            Thread.sleep(50);
        }
        assertThat(roundStatus(round)).isEqualTo("REVIEW");
        return round;
    }

    String roundStatus(long round) {
        return jdbc.sql("select status from matching_round where id = ?")
                .param(round)
                .query(String.class)
                .single();
    }

    long proposalOf(PersonSummary person) {
        return jdbc.sql("select id from mentoring_proposal where mentee_id = ? order by id desc limit 1")
                .param(person.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aRoundPairsTheMenteeWithTheMentorAndSaysWhyThenBothAcceptAndCheckIn() throws Exception {
        offer(mentor, programme, procurement);
        request(mentee, programme, procurement);

        long round = runRound(curator, programme);
        mvc.perform(get("/mentoring/rounds/" + round).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mia Mentee with Mo Mentor")))
                .andExpect(content().string(containsString("Cross-department")))
                .andExpect(content().string(containsString("Publish and ask both sides")));
        // nobody is told before the organiser publishes, and a draft is the organisers' alone
        long proposal = proposalOf(mentee);
        mvc.perform(get("/mentoring/proposals/" + proposal).with(user(TestPeople.principal(mentee))))
                .andExpect(status().isNotFound());

        mvc.perform(as(curator, post("/mentoring/rounds/" + round + "/publish")))
                .andExpect(flash().attributeExists("flash"));
        assertThat(notifications(mentee)).anyMatch(m -> m.contains("proposes Mo Mentor as your mentor"));
        assertThat(notifications(mentor)).anyMatch(m -> m.contains("proposes Mia Mentee as your mentee"));

        mvc.perform(get("/mentoring/proposals/" + proposal).with(user(TestPeople.principal(mentee))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Why this pair")))
                .andExpect(content().string(containsString("first tender")));
        mvc.perform(get("/mentoring/proposals/" + proposal).with(user(TestPeople.principal(bystander))))
                .andExpect(status().isNotFound());

        mvc.perform(as(mentee, post("/mentoring/proposals/" + proposal + "/accept")));
        MvcResult accepted = mvc.perform(as(mentor, post("/mentoring/proposals/" + proposal + "/accept")))
                .andExpect(status().isFound())
                .andReturn();
        String mentorship = accepted.getResponse().getRedirectedUrl();
        assertThat(mentorship).startsWith("/mentoring/mentorships/");

        mvc.perform(as(mentee, post(mentorship + "/checkins"))
                        .param("metOn", LocalDate.now().toString())
                        .param("notes", "Went through the evaluation matrix together"))
                .andExpect(
                        flash().attribute("flash", org.hamcrest.Matchers.hasToString(containsString("checkin.saved"))));
        mvc.perform(get(mentorship).with(user(TestPeople.principal(mentor))))
                .andExpect(content().string(containsString("Went through the evaluation matrix together")));
        // the organiser sees that they met, never what they wrote; anyone else sees nothing
        mvc.perform(get(mentorship).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("evaluation matrix"))))
                .andExpect(content().string(not(containsString("first tender"))));
        mvc.perform(get(mentorship).with(user(TestPeople.principal(bystander)))).andExpect(status().isNotFound());
        mvc.perform(as(curator, post(mentorship + "/checkins"))
                        .param("metOn", LocalDate.now().toString())
                        .param("notes", "Organiser note"))
                .andExpect(status().isForbidden());
    }

    @Test
    void completedMentoringWithGoodFeedbackCountsAsTheMentorsEvidence() throws Exception {
        offer(mentor, programme, procurement);
        request(mentee, programme, procurement);
        long round = runRound(curator, programme);
        mvc.perform(as(curator, post("/mentoring/rounds/" + round + "/publish")));
        long proposal = proposalOf(mentee);
        mvc.perform(as(mentee, post("/mentoring/proposals/" + proposal + "/accept")));
        String mentorship = mvc.perform(as(mentor, post("/mentoring/proposals/" + proposal + "/accept")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(as(mentee, post(mentorship + "/feedback")).param("rating", "5"))
                .andExpect(flash().attribute(
                                "flash", org.hamcrest.Matchers.hasToString(containsString("feedback.notYet"))));
        mvc.perform(as(mentor, post(mentorship + "/complete")));
        assertThat(notifications(mentee)).anyMatch(m -> m.contains("tell us how it went"));
        mvc.perform(as(mentee, post(mentorship + "/feedback")).param("rating", "9"))
                .andExpect(flash().attribute(
                                "flash", org.hamcrest.Matchers.hasToString(containsString("feedback.rating.range"))));
        mvc.perform(as(mentee, post(mentorship + "/feedback"))
                        .param("rating", "5")
                        .param("comment", "Exactly what I needed"))
                .andExpect(flash().attribute(
                                "flash", org.hamcrest.Matchers.hasToString(containsString("feedback.saved"))));

        double evidence = jdbc.sql("select coalesce(sum(weight), 0) from skill_evidence_item"
                        + " where person_id = ? and skill_id = ? and item_type = 'MENTORED'")
                .params(mentor.id(), procurement)
                .query(Double.class)
                .single();
        assertThat(evidence).isEqualTo(4.0); // 3 for the mentorship, 1 because the mentee rated it 4 or 5
        String skillName = jdbc.sql("select name from skill where id = ?")
                .param(procurement)
                .query(String.class)
                .single();
        mvc.perform(get("/people/experts").param("q", skillName).with(user(TestPeople.principal(bystander))))
                .andExpect(content().string(containsString("mentored 1 colleague in " + skillName)));
    }

    @Test
    void aDeclineReturnsBothToThePoolAndTheyAreNeverPairedAgainInTheProgramme() throws Exception {
        offer(mentor, programme, procurement);
        request(mentee, programme, procurement);
        long round = runRound(curator, programme);
        mvc.perform(as(curator, post("/mentoring/rounds/" + round + "/publish")));
        long proposal = proposalOf(mentee);

        mvc.perform(as(mentor, post("/mentoring/proposals/" + proposal + "/decline"))
                .param("reason", "I am away for three months"));
        assertThat(notifications(mentee)).anyMatch(m -> m.contains("declined the proposed mentoring pair"));
        mvc.perform(as(mentee, post("/mentoring/proposals/" + proposal + "/accept")))
                .andExpect(flash().attribute(
                                "flash",
                                org.hamcrest.Matchers.hasToString(containsString("proposal.notOpen.DECLINED"))));

        long second = runRound(curator, programme);
        mvc.perform(get("/mentoring/rounds/" + second).with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Left unmatched")))
                .andExpect(content().string(containsString("Mia Mentee")))
                .andExpect(content().string(not(containsString("Mia Mentee with Mo Mentor"))));
        // pairing them by hand is refused too
        long offer = jdbc.sql("select id from mentor_offer where person_id = ? and programme_id = ?")
                .params(mentor.id(), programme)
                .query(Long.class)
                .single();
        long request = jdbc.sql("select id from mentee_request where person_id = ? and programme_id = ?")
                .params(mentee.id(), programme)
                .query(Long.class)
                .single();
        mvc.perform(as(curator, post("/mentoring/rounds/" + second + "/pair"))
                        .param("request", String.valueOf(request))
                        .param("offer", String.valueOf(offer)))
                .andExpect(flash().attribute(
                                "flash",
                                org.hamcrest.Matchers.hasToString(containsString("round.pair.infeasible.PAST_PAIR"))));
    }

    @Test
    void aSecondRoundIsRefusedWhileOneWaitsForReviewAndAWithdrawnProposalCannotBeAccepted() throws Exception {
        offer(mentor, programme, procurement);
        request(mentee, programme, procurement);
        long round = runRound(curator, programme);
        mvc.perform(as(curator, post("/mentoring/programmes/" + programme + "/rounds")))
                .andExpect(flash().attribute(
                                "flash", org.hamcrest.Matchers.hasToString(containsString("round.alreadyOpen"))));
        assertThat(jdbc.sql("select count(*) from matching_round where programme_id = ?")
                        .param(programme)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(as(curator, post("/mentoring/rounds/" + round + "/publish")));
        long proposal = proposalOf(mentee);
        mvc.perform(as(mentee, post("/mentoring/programmes/" + programme + "/request/withdraw")));
        assertThat(notifications(mentor)).anyMatch(m -> m.contains("withdrew from the programme"));
        mvc.perform(as(mentor, post("/mentoring/proposals/" + proposal + "/accept")))
                .andExpect(flash().attribute(
                                "flash",
                                org.hamcrest.Matchers.hasToString(containsString("proposal.notOpen.WITHDRAWN"))));
        assertThat(jdbc.sql("select count(*) from mentorship where proposal_id = ?")
                        .param(proposal)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void rulesThatMakeMatchingImpossibleFinishTheRoundAndSayWhyEveryoneStayedUnmatched() throws Exception {
        long strict = startProgramme("REQUIRED");
        PersonSummary colleague = testPeople.person("Col League", policy);
        testSkills.declare(colleague, procurement, 4);
        offer(colleague, strict, procurement);
        request(mentee, strict, procurement);

        long round = runRound(curator, strict);
        mvc.perform(get("/mentoring/rounds/" + round).with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Left unmatched")))
                .andExpect(content().string(containsString("in your department")));
    }

    @Test
    void badOffersAndRequestsAreRefusedWithAMessageAndWhatWasTypedIsKept() throws Exception {
        for (String capacity : List.of("0", "1000", "1,000")) {
            mvc.perform(as(mentor, post("/mentoring/programmes/" + programme + "/offer"))
                            .param("skillIds", String.valueOf(procurement))
                            .param("capacity", capacity)
                            .param("hoursPerMonth", "4")
                            .param("format", "REMOTE")
                            .param("canHelpWith", "Kept text"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("between 1 and 10")))
                    .andExpect(content().string(containsString("Kept text")));
        }
        long other = testSkills.skill(TestSkills.unique("Welsh drafting"), null);
        mvc.perform(as(mentor, post("/mentoring/programmes/" + programme + "/offer"))
                        .param("skillIds", String.valueOf(other))
                        .param("capacity", "1")
                        .param("hoursPerMonth", "4")
                        .param("format", "REMOTE"))
                .andExpect(content().string(containsString("only offer skills that are on your profile")));

        mvc.perform(as(mentee, post("/mentoring/programmes/" + programme + "/request"))
                        .param("goals", "My kept goals")
                        .param("format", "EITHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one skill")))
                .andExpect(content().string(containsString("My kept goals")));
        mvc.perform(as(mentee, post("/mentoring/programmes/" + programme + "/request"))
                        .param("otherSkills", "Underwater basket weaving")
                        .param("excludedEmails", "nobody@nowhere.example")
                        .param("format", "EITHER"))
                .andExpect(content().string(containsString("not skills in the taxonomy: Underwater basket weaving")));
        assertThat(jdbc.sql(
                                "select count(*) from mentor_offer o join mentee_request r on r.programme_id = o.programme_id"
                                        + " where o.programme_id = ?")
                        .param(programme)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRequestIsPrefilledWithTheMenteesSkillGaps() throws Exception {
        long framework = testSkills.framework(curator, TestSkills.unique("Policy essentials"), policy.id(), null);
        testSkills.target(framework, procurement, 3, 3);
        mvc.perform(get("/mentoring/programmes/" + programme + "/request").with(user(TestPeople.principal(mentee))))
                .andExpect(content().string(containsString("you are Aware, your role asks for Practitioner")))
                .andExpect(content().string(containsString("checked=\"checked\"")));
    }

    @Test
    void onlyAdminsAndCuratorsStartProgrammesAndOnlyOrganisersRunRounds() throws Exception {
        mvc.perform(get("/mentoring/programmes/new").with(user(TestPeople.principal(bystander))))
                .andExpect(status().isForbidden());
        mvc.perform(as(bystander, post("/mentoring/programmes/new"))
                        .param("name", "Sneaky programme")
                        .param("startsOn", LocalDate.now().toString())
                        .param("endsOn", LocalDate.now().plusMonths(1).toString())
                        .param("crossDepartment", "PREFERRED")
                        .param("maxMenteesPerMentor", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(as(bystander, post("/mentoring/programmes/" + programme + "/rounds")))
                .andExpect(status().isForbidden());
        PersonSummary otherCurator = testPeople.person("Oli Other", finance, Role.CURATOR);
        mvc.perform(as(otherCurator, post("/mentoring/programmes/" + programme + "/rounds")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from matching_round where programme_id = ?")
                        .param(programme)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aProgrammeForOneDepartmentIsHiddenFromOthers() throws Exception {
        String name = TestSkills.unique("Finance only");
        mvc.perform(as(curator, post("/mentoring/programmes/new"))
                .param("name", name)
                .param("startsOn", LocalDate.now().toString())
                .param("endsOn", LocalDate.now().plusMonths(1).toString())
                .param("crossDepartment", "NOT_REQUIRED")
                .param("maxMenteesPerMentor", "1")
                .param("departmentIds", String.valueOf(finance.id())));
        long id = jdbc.sql("select id from mentoring_programme where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        mvc.perform(get("/mentoring/programmes/" + id).with(user(TestPeople.principal(mentor))))
                .andExpect(status().isOk());
        mvc.perform(get("/mentoring/programmes/" + id).with(user(TestPeople.principal(bystander))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentoring").with(user(TestPeople.principal(bystander))))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(as(bystander, post("/mentoring/programmes/" + id + "/request"))
                        .param("skillIds", String.valueOf(procurement))
                        .param("format", "REMOTE"))
                .andExpect(status().isNotFound());
    }

    List<String> notifications(PersonSummary person) {
        return jdbc.sql("select message from notification where recipient_id = ?")
                .param(person.id())
                .query(String.class)
                .list();
    }
}
