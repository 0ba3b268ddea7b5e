package org.agorahub.library.web;

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
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Markdown pages: written, previewed, rendered safely, edited with history, protected from lost updates. */
@AgoraTest
class PageFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    JdbcClient jdbc;

    PersonSummary writer;
    PersonSummary other;
    long library;

    @BeforeEach
    void setUp() {
        DepartmentSummary comms = testPeople.department("Communications");
        writer = testPeople.person("Wren Writer", comms);
        other = testPeople.person("Otto Other", comms);
        library = testLibraries.library(writer, Visibility.DEPARTMENT, comms.id());
    }

    @Test
    void aPageIsWrittenInMarkdownAndRenderedWithoutAnythingDangerous() throws Exception {
        String body = "# How to answer an FOI request\n\n* Log it within **one day**\n\n"
                + "<script>alert('x')</script>\n\n[click](javascript:alert(1))";

        String location = create("FOI how-to", body).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user(TestPeople.principal(writer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>How to answer an FOI request</h1>")))
                .andExpect(content().string(containsString("<strong>one day</strong>")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript:"))));
    }

    @Test
    void previewShowsTheRenderedPageWithoutSaving() throws Exception {
        long before = pages();

        mvc.perform(post("/libraries/" + library + "/pages/new")
                        .param("preview", "1")
                        .param("title", "Draft")
                        .param("body", "Some *emphasis* here")
                        .param("classification", "OFFICIAL")
                        .param("status", "DRAFT")
                        .with(user(TestPeople.principal(writer)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<em>emphasis</em>")))
                .andExpect(content().string(containsString("Some *emphasis* here")));

        assertThat(pages()).isEqualTo(before);
    }

    @Test
    void aSecondEditorBasedOnAnOldVersionIsStoppedAndKeepsTheirText() throws Exception {
        String location = create("Press office rota", "Monday: Ana")
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long page = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        save(page, writer, "Monday: Ana\nTuesday: Ben", 1).andExpect(status().isFound());
        save(page, other, "Monday: Ana\nWednesday: Cy", 1)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone saved a newer version")))
                .andExpect(content().string(containsString("Wednesday: Cy")));

        mvc.perform(get("/documents/" + page + "/diff?from=1&to=2").with(user(TestPeople.principal(other))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuesday: Ben")))
                .andExpect(content().string(containsString("1 line added, none removed")));
    }

    @Test
    void pagesOfALibraryYouCannotSeeAreNotFound() throws Exception {
        String location = create("Internal note", "Secret plans")
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        PersonSummary outsider = testPeople.person("Oscar Outsider");

        mvc.perform(get(location).with(user(TestPeople.principal(outsider)))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/diff?from=1&to=1").with(user(TestPeople.principal(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get(location + "/page/edit").with(user(TestPeople.principal(outsider))))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions create(String title, String body) throws Exception {
        return mvc.perform(post("/libraries/" + library + "/pages/new")
                        .param("title", title)
                        .param("body", body)
                        .param("tags", "how-to")
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(writer)))
                        .with(csrf()))
                .andExpect(status().isFound());
    }

    private org.springframework.test.web.servlet.ResultActions save(
            long page, PersonSummary editor, String body, int basedOn) throws Exception {
        MockHttpServletRequestBuilder request = post("/documents/" + page + "/page/edit")
                .param("title", "Press office rota")
                .param("body", body)
                .param("classification", "OFFICIAL")
                .param("status", "PUBLISHED")
                .param("basedOn", String.valueOf(basedOn))
                .with(user(TestPeople.principal(editor)))
                .with(csrf());
        return mvc.perform(request);
    }

    private long pages() {
        return jdbc.sql("select count(*) from document where kind = 'PAGE' and library_id = ?")
                .param(library)
                .query(Long.class)
                .single();
    }
}
