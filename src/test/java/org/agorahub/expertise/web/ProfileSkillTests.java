package org.agorahub.expertise.web;

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

import java.util.List;
import org.agorahub.AgoraTest;
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

/** "My skills": a person adds, re-levels and removes their own skills, languages, topics and job family. */
@AgoraTest
class ProfileSkillTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    JdbcClient jdbc;

    PersonSummary me;
    String skillName;
    String alias;
    long skill;

    @BeforeEach
    void setUp() {
        me = testPeople.person("Mia Myself");
        skillName = TestSkills.unique("Data protection");
        alias = TestSkills.unique("UK GDPR");
        skill = testSkills.skill(skillName, TestSkills.unique("Information rights"), alias);
    }

    @Test
    void aPersonAddsASkillByItsAliasThenChangesItsLevelAndRemovesIt() throws Exception {
        as(me, post("/profile/skills").param("skill", alias.toLowerCase()).param("level", "3"))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("flash"));
        assertThat(level()).isEqualTo(3);
        as(me, get("/profile/skills"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(skillName)))
                .andExpect(content().string(containsString("Practitioner")));
        as(me, get("/people/" + me.id()))
                .andExpect(content().string(containsString(skillName)))
                .andExpect(content().string(containsString("Practitioner")))
                .andExpect(content().string(containsString("href=\"/profile/skills\"")));

        as(me, post("/profile/skills/" + skill + "/level").param("level", "4")).andExpect(status().isFound());
        assertThat(level()).isEqualTo(4);

        as(me, post("/profile/skills/" + skill + "/remove")).andExpect(status().isFound());
        assertThat(level()).isNull();
        as(me, get("/people/" + me.id())).andExpect(content().string(not(containsString(skillName))));
    }

    @Test
    void anUnknownSkillIsRefusedWithTheTextKept() throws Exception {
        String typed = "Underwater basket weaving " + skill;
        as(me, post("/profile/skills").param("skill", typed).param("level", "2"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("There is no skill called “" + typed
                                + "”. Pick one from the list, or ask a curator to add it.")))
                .andExpect(content().string(containsString("value=\"" + typed + "\"")));
        assertThat(count("select count(*) from person_skill where person_id = ?", me.id()))
                .isZero();
    }

    @Test
    void aLevelOffTheScaleIsRefusedWithAMessage() throws Exception {
        for (String forged : List.of("5", "0", "-1", "expert", "")) {
            as(me, post("/profile/skills").param("skill", skillName).param("level", forged))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Choose a level from 1 (Aware) to 4 (Expert).")));
        }
        assertThat(level()).isNull();

        testSkills.declare(me, skill, 2);
        MvcResult result = as(me, post("/profile/skills/" + skill + "/level").param("level", "9"))
                .andExpect(status().isFound())
                .andReturn();
        Flash.Message message = (Flash.Message) result.getFlashMap().get(Flash.ATTRIBUTE);
        assertThat(message.kind()).isEqualTo("danger");
        assertThat(message.key()).isEqualTo("profileSkill.level.invalid");
        assertThat(level()).isEqualTo(2);
    }

    @Test
    void theHundredAndFirstSkillIsRefused() throws Exception {
        String prefix = TestSkills.unique("Bulk skill");
        jdbc.sql("""
                insert into skill (name) select ? || ' ' || n from generate_series(1, 101) n
                """).param(prefix).update();
        jdbc.sql("""
                insert into person_skill (person_id, skill_id, level)
                select ?, id, 2 from skill where name like ? || ' %' and name <> ? || ' 101'
                """).params(me.id(), prefix, prefix).update();
        assertThat(count("select count(*) from person_skill where person_id = ?", me.id()))
                .isEqualTo(100);

        as(me, post("/profile/skills").param("skill", prefix + " 101").param("level", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have 100 skills, the most a profile can have.")));
        as(me, post("/profile/skills").param("skill", prefix + " 100").param("level", "4"))
                .andExpect(status().isFound());
        assertThat(count("select count(*) from person_skill where person_id = ?", me.id()))
                .isEqualTo(100);
    }

    @Test
    void languagesTopicsAndJobFamilyAreSavedTidied() throws Exception {
        as(
                        me,
                        post("/profile/skills/about")
                                .param("languages", "welsh,  british sign language , WELSH, BSL")
                                .param("topics", "Running a DPIA\n\n  Subject access requests  \n")
                                .param("jobFamily", " Legal profession "))
                .andExpect(status().isFound());
        as(me, get("/people/" + me.id()))
                .andExpect(content().string(containsString("British Sign Language, BSL, Welsh")))
                .andExpect(content().string(containsString("Subject access requests")))
                .andExpect(content().string(containsString("Legal profession")));

        String tooLong = "x".repeat(101);
        as(me, post("/profile/skills/about").param("languages", "French").param("topics", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A topic has at most 100 characters.")))
                .andExpect(content().string(containsString(tooLong)));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("Language").append((char) ('a' + i)).append(", ");
        }
        as(me, post("/profile/skills/about").param("languages", many.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("List at most 20 languages.")));
        assertThat(jdbc.sql("select language from person_language where person_id = ? order by language")
                        .param(me.id())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("BSL", "British Sign Language", "Welsh");
    }

    @Test
    void suggestionsMatchNamesAndAliases() throws Exception {
        String distinctive = "Zq" + System.nanoTime();
        String named = TestSkills.unique("Records management");
        testSkills.skill(named, null, distinctive + " retention");
        as(me, get("/profile/skills/suggest").param("skill", distinctive.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + named + "\"")))
                .andExpect(content().string(not(containsString(skillName))));
    }

    private Integer level() {
        return jdbc.sql("select level from person_skill where person_id = ? and skill_id = ?")
                .params(me.id(), skill)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(TestPeople.principal(person))));
    }
}
