package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.expertise.TestSkills;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.agorahub.shared.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Colleagues endorse a skill on a profile: once each, never themselves; the profile shows who. */
@AgoraTest
class EndorsementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    PersonSummary expert;
    PersonSummary colleague;
    String skillName;
    long skill;

    @BeforeEach
    void setUp() {
        expert = testPeople.person("Eve Expert");
        colleague = testPeople.person("Col Colleague");
        skillName = TestSkills.unique("Procurement");
        skill = testSkills.skill(skillName, TestSkills.unique("Commercial"), TestSkills.unique("tendering"));
        testSkills.declare(expert, skill, 4);
    }

    @Test
    void aColleagueEndorsesOnceAndCanWithdraw() throws Exception {
        as(colleague, get("/people/" + expert.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(skillName)))
                .andExpect(content().string(containsString("Expert")))
                .andExpect(content().string(containsString("No endorsements yet")))
                .andExpect(content().string(containsString(endorseAction())));

        as(colleague, post(endorseAction())).andExpect(status().isFound());
        assertThat(endorsements()).isEqualTo(1);
        as(colleague, get("/people/" + expert.id()))
                .andExpect(content().string(containsString("1 endorsement: Col Colleague")))
                .andExpect(content().string(not(containsString(endorseAction()))))
                .andExpect(content().string(containsString(withdrawAction())));

        Flash.Message twice = flash(as(colleague, post(endorseAction()))
                .andExpect(status().isFound())
                .andReturn());
        assertThat(twice.key()).isEqualTo("endorsement.already");
        assertThat(twice.kind()).isEqualTo("danger");
        assertThat(endorsements()).isEqualTo(1);

        as(colleague, post(withdrawAction())).andExpect(status().isFound());
        assertThat(endorsements()).isZero();
        as(colleague, get("/people/" + expert.id()))
                .andExpect(content().string(containsString("No endorsements yet")))
                .andExpect(content().string(containsString(endorseAction())));
    }

    @Test
    void aProfileWithoutSkillsSaysSo() throws Exception {
        PersonSummary newcomer = testPeople.person("Nia Newcomer");
        as(colleague, get("/people/" + newcomer.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No skills given yet.")))
                .andExpect(content().string(not(containsString("Edit my skills"))));
        as(newcomer, get("/people/" + newcomer.id()))
                .andExpect(content().string(containsString("You have not added any skills yet.")))
                .andExpect(content().string(containsString("Edit my skills")));
    }

    @Test
    void nobodyEndorsesThemselves() throws Exception {
        as(expert, get("/people/" + expert.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(skillName)))
                .andExpect(content().string(not(containsString(endorseAction()))));
        as(expert, post(endorseAction())).andExpect(status().isForbidden());
        assertThat(endorsements()).isZero();
    }

    @Test
    void anUndeclaredSkillOrADeactivatedPersonCannotBeEndorsed() throws Exception {
        long other = testSkills.skill(TestSkills.unique("Budgeting"), null);
        as(colleague, post("/people/" + expert.id() + "/skills/" + other + "/endorse"))
                .andExpect(status().isNotFound());
        PersonSummary gone = testPeople.person("Gil Gone");
        testSkills.declare(gone, skill, 3);
        jdbc.sql("update person set active = false where id = ?")
                .param(gone.id())
                .update();
        as(colleague, post("/people/" + gone.id() + "/skills/" + skill + "/endorse"))
                .andExpect(status().isNotFound());
    }

    @Test
    void endorsementsOfDeactivatedPeopleNeitherCountNorShow() throws Exception {
        PersonSummary left = testPeople.person("Lou Leaver");
        PersonSummary a = testPeople.person("Abi Endorser");
        PersonSummary b = testPeople.person("Ben Endorser");
        PersonSummary c = testPeople.person("Cat Endorser");
        PersonSummary d = testPeople.person("Dan Endorser");
        for (PersonSummary endorser : new PersonSummary[] {left, a, b, c, d}) {
            testSkills.endorse(endorser, expert, skill);
        }
        jdbc.sql("update person set active = false where id = ?")
                .param(left.id())
                .update();

        String page = as(colleague, get("/people/" + expert.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain("Lou Leaver")
                .contains("4 endorsements: ")
                .contains("and 1 other");
        long named = java.util.stream.Stream.of("Abi Endorser", "Ben Endorser", "Cat Endorser", "Dan Endorser")
                .filter(page::contains)
                .count();
        assertThat(named).isEqualTo(3);
    }

    @Test
    void theProfileCostsTheSameStatementsHoweverManySkillsAndEndorsements() throws Exception {
        PersonSummary person = testPeople.person("Stan Statements");
        long first = testSkills.skill(TestSkills.unique("Statistics"), TestSkills.unique("Data"));
        testSkills.declare(person, first, 2);
        testSkills.endorse(colleague, person, first);
        long before = statementsFor(person, colleague);
        assertThat(before).as("statements are being counted").isGreaterThan(2);

        for (int i = 0; i < 12; i++) {
            long more = testSkills.skill(
                    TestSkills.unique("Skill"), TestSkills.unique("Category"), TestSkills.unique("alias"));
            testSkills.declare(person, more, 1 + i % 4);
            for (int j = 0; j < 4; j++) {
                testSkills.endorse(testPeople.person("Endorser " + j), person, more);
            }
        }
        jdbc.sql("insert into person_language (person_id, language) values (?, 'Welsh'), (?, 'Urdu')")
                .params(person.id(), person.id())
                .update();

        assertThat(statementsFor(person, colleague)).isEqualTo(before);
    }

    private long statementsFor(PersonSummary person, PersonSummary viewer) throws Exception {
        statements.reset();
        as(viewer, get("/people/" + person.id())).andExpect(status().isOk());
        return statements.count();
    }

    private String endorseAction() {
        return "/people/" + expert.id() + "/skills/" + skill + "/endorse";
    }

    private String withdrawAction() {
        return "/people/" + expert.id() + "/skills/" + skill + "/withdraw";
    }

    private long endorsements() {
        return jdbc.sql("select count(*) from skill_endorsement where person_id = ? and skill_id = ?")
                .params(expert.id(), skill)
                .query(Long.class)
                .single();
    }

    private static Flash.Message flash(MvcResult result) {
        return (Flash.Message) result.getFlashMap().get(Flash.ATTRIBUTE);
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(TestPeople.principal(person))));
    }
}
