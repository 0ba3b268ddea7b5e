package org.agorahub.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.domain.SynonymService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Curators keep synonym groups from the admin area; a new group works on the very next search. */
@AgoraTest
class SynonymsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    SynonymService synonyms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void membersCannotSeeOrChangeSynonyms() throws Exception {
        PersonSummary member = testPeople.person("Mo Member");

        mvc.perform(get("/admin/search/synonyms").with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/synonyms")
                        .param("terms", "MOU, memorandum of understanding")
                        .with(csrf())
                        .with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        assertThat(synonyms.groups()).noneMatch(g -> g.terms().contains("MOU"));
    }

    @Test
    void aCuratorAddsAGroupAndTheNextSearchUsesIt() throws Exception {
        DepartmentSummary records = testPeople.department("Records");
        PersonSummary curator = testPeople.person("Cleo Curator", records, Role.CURATOR);
        long library = testLibraries.library(curator, Visibility.ORGANISATION, records.id());
        String acronym = "qrxa" + library;
        testLibraries.textDocument(
                curator,
                library,
                "Handling requests",
                "How to handle a retention schedule query " + library + ".",
                Classification.OFFICIAL);

        mvc.perform(get("/search").param("q", acronym).with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("No results for")));

        // one expression is not a group: the form comes back with what was typed and says why
        mvc.perform(post("/admin/search/synonyms")
                        .param("terms", acronym + ",  " + acronym.toUpperCase())
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A group needs at least two different words")))
                .andExpect(content().string(containsString("value=\"" + acronym + ",  " + acronym.toUpperCase())));

        mvc.perform(post("/admin/search/synonyms")
                        .param("terms", acronym + ", retention schedule")
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(redirectedUrl("/admin/search/synonyms"));
        mvc.perform(get("/admin/search/synonyms").with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString(acronym + " · retention schedule")));
        mvc.perform(get("/search").param("q", acronym).with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("1 result for")))
                .andExpect(content().string(containsString("Handling requests")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'search.synonyms.added' and actor_id = ?")
                        .param(curator.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
