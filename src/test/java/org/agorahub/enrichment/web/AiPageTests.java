package org.agorahub.enrichment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The AI transparency page for everyone, and its switches for admins only. */
@AgoraTest
class AiPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    Enrichments enrichments;

    @Autowired
    JdbcClient jdbc;

    PersonSummary admin;
    PersonSummary curator;
    PersonSummary member;

    @BeforeEach
    void setUp() {
        admin = testPeople.person("Ada Admin", Role.ADMIN);
        curator = testPeople.person("Cora Curator", Role.CURATOR);
        member = testPeople.person("Max Member");
    }

    @AfterEach
    void everythingOn() throws Exception {
        mvc.perform(post("/admin/ai/features")
                .with(user(TestPeople.principal(admin)))
                .with(csrf())
                .param("on", "MEANING_SEARCH", "SUGGESTED_TAGS", "SUMMARIES", "SIMILAR_CONTENT", "SMART_MATCHING"));
    }

    @Test
    void everyoneCanReadWhatTheAiDoesAndThatItRunsOnThisServer() throws Exception {
        mvc.perform(get("/ai").with(user(TestPeople.principal(member))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("all-MiniLM-L6-v2")))
                .andExpect(content().string(Matchers.containsString("runs on this server")))
                .andExpect(content().string(Matchers.containsString("Search by meaning")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"on\""))));
    }

    @Test
    void onlyAdminsSeeTheSwitchesOrUseThem() throws Exception {
        mvc.perform(get("/admin/ai").with(user(TestPeople.principal(curator)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/ai").with(user(TestPeople.principal(member)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/ai/features")
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/ai/backfill")
                        .with(user(TestPeople.principal(member)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enrichments.enabled(AiFeature.SUMMARIES)).isTrue();

        mvc.perform(get("/admin/ai").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"on\"")));
    }

    @Test
    void anAdminSwitchingAFeatureOffIsAuditedAndTheFeatureStopsAtOnce() throws Exception {
        mvc.perform(post("/admin/ai/features")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("on", "MEANING_SEARCH", "SUGGESTED_TAGS", "SIMILAR_CONTENT", "SMART_MATCHING"))
                .andExpect(status().is3xxRedirection());

        assertThat(enrichments.enabled(AiFeature.SUMMARIES)).isFalse();
        assertThat(enrichments.enabled(AiFeature.MEANING_SEARCH)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'ai.feature.off'"
                                + " and detail = 'SUMMARIES'")
                        .param(admin.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/ai").with(user(TestPeople.principal(member))))
                .andExpect(content().string(Matchers.matchesRegex("(?s).*Summaries</th>.*?Off</span>.*")));
    }
}
