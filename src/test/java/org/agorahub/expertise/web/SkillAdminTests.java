package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.SkillRef;
import org.agorahub.expertise.TestSkills;
import org.agorahub.expertise.domain.SkillLookup;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Curators and admins keep the taxonomy; members may not. */
@AgoraTest
class SkillAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    SkillLookup lookup;

    @Autowired
    JdbcClient jdbc;

    PersonSummary curator;
    PersonSummary admin;
    PersonSummary member;

    @BeforeEach
    void setUp() {
        curator = testPeople.person("Cora Curator", Role.CURATOR);
        admin = testPeople.person("Ada Admin", Role.ADMIN);
        member = testPeople.person("Mo Member");
    }

    @Test
    void aCuratorCreatesASkillWithANewCategoryAndAliases() throws Exception {
        String name = TestSkills.unique("Freedom of information");
        String alias = TestSkills.unique("FOI");
        String category = TestSkills.unique("Information rights");

        as(
                        curator,
                        post("/admin/skills")
                                .param("name", name)
                                .param("description", "Answering requests under the Act.")
                                .param("newCategory", category)
                                .param("aliases", alias + ", " + alias.toLowerCase() + " , "))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("flash"));

        SkillRef skill = lookup.byNameOrAlias(alias.toLowerCase()).orElseThrow();
        assertThat(skill.name()).isEqualTo(name);
        assertThat(skill.category()).isEqualTo(category);
        assertThat(aliases(skill.id())).containsExactly(alias);
        as(curator, get("/admin/skills"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(category)));
        as(admin, get("/admin/skills")).andExpect(status().isOk());
        assertThat(audit("skill.created", skill.id())).isEqualTo(1);
    }

    @Test
    void aMemberMayNotSeeOrChangeTheTaxonomy() throws Exception {
        long skill = testSkills.skill(TestSkills.unique("Budgeting"), null);
        String name = TestSkills.unique("Sneaky");
        as(member, get("/admin/skills")).andExpect(status().isForbidden());
        as(member, get("/admin/skills/new")).andExpect(status().isForbidden());
        as(member, get("/admin/skills/" + skill)).andExpect(status().isForbidden());
        as(member, post("/admin/skills").param("name", name)).andExpect(status().isForbidden());
        as(member, post("/admin/skills/" + skill).param("name", name)).andExpect(status().isForbidden());
        long other = testSkills.skill(TestSkills.unique("Finance"), null);
        as(member, post("/admin/skills/" + skill + "/merge").param("into", String.valueOf(other)))
                .andExpect(status().isForbidden());
        assertThat(lookup.byNameOrAlias(name)).isEmpty();
        assertThat(lookup.byId(skill)).isPresent();
        as(member, get("/admin")).andExpect(status().isForbidden());
        as(curator, get("/admin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/skills\"")));
    }

    @Test
    void aNameOrAliasOfAnotherSkillIsRefusedWithTheInputKept() throws Exception {
        String owner = TestSkills.unique("Freedom of information");
        String alias = TestSkills.unique("FOI");
        testSkills.skill(owner, null, alias);
        String name = TestSkills.unique("Transparency");

        as(curator, post("/admin/skills").param("name", name).param("aliases", "open data, " + alias.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("“" + alias.toLowerCase() + "” is already a name of " + owner)))
                .andExpect(content().string(containsString("value=\"open data, " + alias.toLowerCase() + "\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        as(curator, post("/admin/skills").param("name", owner.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already a name of " + owner)));
        as(curator, post("/admin/skills").param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the skill’s name.")));
        assertThat(lookup.byNameOrAlias(name)).isEmpty();
    }

    @Test
    void renamingKeepsEveryReferenceAndTheOldNameFindsTheSkill() throws Exception {
        String old = TestSkills.unique("Procurment");
        long skill = testSkills.skill(old, "Commercial", "purchasing " + old.substring(old.lastIndexOf(' ') + 1));
        PersonSummary buyer = testPeople.person("Bea Buyer");
        testSkills.declare(buyer, skill, 3);
        String renamed = TestSkills.unique("Procurement");

        as(curator, get("/admin/skills/" + skill))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + old + "\"")));
        as(
                        curator,
                        post("/admin/skills/" + skill)
                                .param("name", renamed)
                                .param("aliases", String.join(", ", aliases(skill)))
                                .param("keepOldName", "true"))
                .andExpect(status().isFound());

        assertThat(lookup.byId(skill).orElseThrow().name()).isEqualTo(renamed);
        assertThat(lookup.byNameOrAlias(old).orElseThrow().id()).isEqualTo(skill);
        assertThat(level(buyer, skill)).isEqualTo(3);
        assertThat(audit("skill.renamed", skill)).isEqualTo(1);

        // without "keep the old name", the old name is free again
        String again = TestSkills.unique("Public procurement");
        as(
                        curator,
                        post("/admin/skills/" + skill)
                                .param("name", again)
                                .param(
                                        "aliases",
                                        String.join(", ", aliases(skill)).replace(renamed + ", ", "")))
                .andExpect(status().isFound());
        assertThat(lookup.byNameOrAlias(again).orElseThrow().id()).isEqualTo(skill);
        assertThat(lookup.byNameOrAlias(renamed)).isEmpty();
        assertThat(lookup.byNameOrAlias(old).orElseThrow().id()).isEqualTo(skill);
    }

    @Test
    void mergingMovesEverythingToTheKeptSkill() throws Exception {
        String fromName = TestSkills.unique("Purchasing");
        String fromAlias = TestSkills.unique("buying");
        long from = testSkills.skill(fromName, null, fromAlias);
        String intoName = TestSkills.unique("Procurement");
        long into = testSkills.skill(intoName, null);
        PersonSummary both = testPeople.person("Bo Both");
        PersonSummary onlyFrom = testPeople.person("Oli Only");
        PersonSummary fan = testPeople.person("Fay Fan");
        testSkills.declare(both, from, 4);
        testSkills.declare(both, into, 2);
        testSkills.declare(onlyFrom, from, 1);
        testSkills.endorse(fan, both, from);
        testSkills.endorse(fan, both, into);
        testSkills.endorse(fan, onlyFrom, from);
        long framework = jdbc.sql("""
                insert into competency_framework (name, job_family, created_by) values ('Buyers', 'Buyers', ?)
                returning id
                """).param(curator.id()).query(Long.class).single();
        jdbc.sql("insert into framework_skill values (?, ?, 3, 1), (?, ?, 2, 3)")
                .params(framework, from, framework, into)
                .update();
        jdbc.sql("insert into skill_evidence (person_id, skill_id, score) values (?, ?, 1.5)")
                .params(onlyFrom.id(), from)
                .update();

        as(curator, post("/admin/skills/" + from + "/merge").param("into", String.valueOf(into)))
                .andExpect(status().isFound());

        assertThat(lookup.byId(from)).isEmpty();
        assertThat(lookup.byNameOrAlias(fromName).orElseThrow().id()).isEqualTo(into);
        assertThat(lookup.byNameOrAlias(fromAlias).orElseThrow().id()).isEqualTo(into);
        assertThat(level(both, into)).isEqualTo(4);
        assertThat(level(onlyFrom, into)).isEqualTo(1);
        assertThat(count(
                        "select count(*) from skill_endorsement where skill_id = ? and endorser_id = ?",
                        into,
                        fan.id()))
                .isEqualTo(2);
        assertThat(jdbc.sql("select target_level || '/' || importance from framework_skill where framework_id = ?")
                        .param(framework)
                        .query(String.class)
                        .list())
                .containsExactly("3/3");
        assertThat(count("select count(*) from skill_evidence where skill_id = ?", from))
                .isZero();
        assertThat(audit("skill.merged", into)).isEqualTo(1);
    }

    @Test
    void aSkillCannotBeMergedIntoItself() throws Exception {
        String name = TestSkills.unique("Statistics");
        long skill = testSkills.skill(name, null);
        PersonSummary analyst = testPeople.person("Ana Analyst");
        testSkills.declare(analyst, skill, 2);

        as(curator, post("/admin/skills/" + skill + "/merge").param("into", String.valueOf(skill)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A skill cannot be merged into itself.")));
        as(curator, post("/admin/skills/" + skill + "/merge").param("into", "not a number"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the skill to merge into.")));

        assertThat(lookup.byId(skill).orElseThrow().name()).isEqualTo(name);
        assertThat(level(analyst, skill)).isEqualTo(2);
    }

    private List<String> aliases(long skill) {
        return jdbc.sql("select alias from skill_alias where skill_id = ? order by alias")
                .param(skill)
                .query(String.class)
                .list();
    }

    private Integer level(PersonSummary person, long skill) {
        return jdbc.sql("select level from person_skill where person_id = ? and skill_id = ?")
                .params(person.id(), skill)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private long audit(String action, long skill) {
        return count(
                "select count(*) from audit_event where action = ? and target_type = 'skill' and target_id = ?",
                action,
                skill);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(TestPeople.principal(person))));
    }
}
