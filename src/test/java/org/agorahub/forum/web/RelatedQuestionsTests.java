package org.agorahub.forum.web;

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
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * "Is your question already answered?": the new-question form lists similar threads for the typed title, as the
 * title is typed (htmx) and with a button that works without scripts; answered ones are marked, and threads of
 * boards the person may not see are never listed.
 */
@AgoraTest
class RelatedQuestionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormListsVisibleSimilarQuestionsMarksAnsweredOnesAndNeverOnesFromHiddenBoards() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        DepartmentSummary finance = testPeople.department("Finance");
        PersonSummary legalLead = testPeople.person("Lou Lead", legal, Role.DEPARTMENT_LEAD);
        PersonSummary lawyer = testPeople.person("Lena Lawyer", legal);
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary accountant = testPeople.person("Abe Accountant", finance);
        long open = testForums.board(curator, Visibility.ORGANISATION, null);
        long legalBoard = testForums.board(legalLead, Visibility.DEPARTMENT, legal.id());
        String word = ForumWords.word();
        String visibleTitle = "How do I claim " + word + " expenses?";
        String hiddenTitle = "Legal view on " + word + " claims";
        long visible = testForums.question(lawyer, open, visibleTitle, "Which form?");
        testForums.accept(lawyer, testForums.reply(curator, visible, "Use the travel form."));
        long hidden = testForums.question(lawyer, legalBoard, hiddenTitle, "Internal.");

        // as the title is typed (htmx): the list alone
        as(accountant, get("/forums/boards/" + open + "/threads/similar").param("title", "Claiming " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Is your question already answered?")))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + visible + "\"")))
                .andExpect(content().string(containsString(">Answered<")))
                .andExpect(content().string(not(containsString("/forums/threads/" + hidden))))
                .andExpect(content().string(not(containsString(hiddenTitle))));
        // the lawyer sees both boards, so both threads
        as(lawyer, get("/forums/boards/" + open + "/threads/similar").param("title", "Claiming " + word))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + visible + "\"")))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + hidden + "\"")));
        // nothing similar, or too little typed
        as(accountant, get("/forums/boards/" + open + "/threads/similar").param("title", ForumWords.word()))
                .andExpect(content().string(containsString("No similar questions found.")));
        as(accountant, get("/forums/boards/" + open + "/threads/similar").param("title", "ab"))
                .andExpect(content().string(not(containsString("No similar questions found."))))
                .andExpect(content().string(not(containsString("/forums/threads/"))));
        // a board the person may not see is not one to ask in
        as(accountant, get("/forums/boards/" + legalBoard + "/threads/similar").param("title", word))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutScriptsTheCheckButtonShowsTheListAndKeepsTheFormAsTyped() throws Exception {
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary asker = testPeople.person("Ada Asker");
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        String word = ForumWords.word();
        long similar = testForums.question(curator, board, "Booking " + word + " rooms", "Where?");
        String title = "Can I book " + word + " rooms for a day?";
        String submission = UUID.randomUUID().toString();

        as(asker, get("/forums/boards/" + board + "/threads/new"))
                .andExpect(content().string(containsString("Check for similar questions")))
                .andExpect(content().string(containsString("hx-get=\"/forums/boards/" + board + "/threads/similar\"")));
        as(
                        asker,
                        post("/forums/boards/" + board + "/threads/new")
                                .param("kind", "QUESTION")
                                .param("title", title)
                                .param("body", "")
                                .param("tags", "rooms")
                                .param("submission", submission)
                                .param("check", "similar")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/forums/threads/" + similar + "\"")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("value=\"" + submission + "\"")))
                .andExpect(content().string(not(containsString("is-invalid"))));
        Assertions.assertThat(jdbc.sql("select count(*) from forum_thread where title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
