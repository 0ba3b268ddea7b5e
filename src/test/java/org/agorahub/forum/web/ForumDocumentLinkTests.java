package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A thread links the library documents it is about: readers see the ones they may open, and nobody can link (or
 * learn the title of) a document they may not read.
 */
@AgoraTest
class ForumDocumentLinkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    JdbcClient jdbc;

    PersonSummary asker;
    PersonSummary outsider;
    long board;
    long openDocument;
    long departmentDocument;

    @BeforeEach
    void setUp() {
        DepartmentSummary finance = testPeople.department("Finance " + UUID.randomUUID());
        DepartmentSummary health = testPeople.department("Health " + UUID.randomUUID());
        PersonSummary curator = testPeople.person("Cam Curator", Role.CURATOR);
        asker = testPeople.person("Ash Asker", finance);
        outsider = testPeople.person("Oli Outsider", health);
        board = testForums.board(curator, Visibility.ORGANISATION, null);
        long openLibrary = testLibraries.library(curator, Visibility.ORGANISATION, null);
        long financeLibrary = testLibraries.library(curator, Visibility.DEPARTMENT, finance.id());
        openDocument = testLibraries.textDocument(
                curator, openLibrary, "Travel expenses policy", "Claims within 30 days.", Classification.OFFICIAL);
        departmentDocument = testLibraries.textDocument(
                curator, financeLibrary, "Budget forecast workings", "Figures.", Classification.OFFICIAL);
    }

    @Test
    void aQuestionLinksDocumentsByAddressAndReadersSeeOnlyThoseTheyMayOpen() throws Exception {
        String location = ask(
                        asker,
                        "http://localhost:8080/documents/" + openDocument + "\n/documents/" + departmentDocument
                                + "#v1")
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        as(asker, get(location))
                .andExpect(content().string(containsString("Library documents this is about")))
                .andExpect(content().string(containsString("Travel expenses policy")))
                .andExpect(content().string(containsString("Budget forecast workings")));

        // the thread is on an organisation-wide board, the finance document is not for other departments
        as(outsider, get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Travel expenses policy")))
                .andExpect(content().string(not(containsString("Budget forecast workings"))))
                .andExpect(content().string(not(containsString("/documents/" + departmentDocument + "\""))));
    }

    @Test
    void aDocumentTheAskerMayNotOpenIsRefusedWithoutSayingWhetherItExists() throws Exception {
        ask(outsider, "/documents/" + departmentDocument)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("There is no document " + departmentDocument + " that you can open.")))
                .andExpect(content().string(not(containsString("Budget forecast workings"))))
                .andExpect(content().string(containsString("Can I claim a taxi?")));
        ask(outsider, "/documents/987654321")
                .andExpect(content().string(containsString("There is no document 987654321 that you can open.")));
        assertThat(threadsTitled("Can I claim a taxi?", outsider)).isZero();
    }

    @Test
    void somethingThatIsNotADocumentAddressIsExplained() throws Exception {
        ask(asker, "see the travel policy")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not the address of a library document")))
                .andExpect(content().string(containsString("see the travel policy")));
        assertThat(threadsTitled("Can I claim a taxi?", asker)).isZero();
    }

    private ResultActions ask(PersonSummary person, String documents) throws Exception {
        return as(
                person,
                post("/forums/boards/" + board + "/threads/new")
                        .param("kind", "QUESTION")
                        .param("title", "Can I claim a taxi?")
                        .param("body", "After a late meeting.")
                        .param("documents", documents)
                        .param("submission", UUID.randomUUID().toString())
                        .with(csrf()));
    }

    private long threadsTitled(String title, PersonSummary author) {
        return jdbc.sql("select count(*) from forum_thread where title = ? and author_id = ?")
                .params(title, author.id())
                .query(Long.class)
                .single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
