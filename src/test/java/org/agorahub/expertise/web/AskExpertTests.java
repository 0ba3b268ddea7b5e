package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Ask this expert": the question becomes a forum question and the expert is told, unless they could not see it. */
@AgoraTest
class AskExpertTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    PersonService personService;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary policy;
    PersonSummary curator;
    PersonSummary asker;
    PersonSummary expert;
    long openBoard;

    @BeforeEach
    void setUp() {
        policy = testPeople.department("Policy");
        curator = testPeople.person("Cleo Curator", policy, Role.CURATOR);
        asker = testPeople.person("Ari Asker", policy);
        expert = testPeople.person("Esme Expert", testPeople.department("Information rights"));
        openBoard = testForums.board(curator, Visibility.ORGANISATION, null);
    }

    @Test
    void askingPostsAQuestionNamingTheExpertAndTellsThem() throws Exception {
        String title = "How long do we have to answer an FOI request? " + UUID.randomUUID();
        as(asker, get("/people/" + expert.id() + "/ask?skill=Freedom of information"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask Esme Expert a question")))
                .andExpect(content().string(containsString("value=\"Freedom of information\"")));

        String location = as(asker, ask(openBoard, title, "A member of the public asked on Monday."))
                .andExpect(redirectedUrlPattern("/forums/threads/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long thread = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(jdbc.sql("select kind from forum_thread where id = ?")
                        .param(thread)
                        .query(String.class)
                        .single())
                .isEqualTo("QUESTION");
        assertThat(jdbc.sql("select author_id from forum_thread where id = ?")
                        .param(thread)
                        .query(Long.class)
                        .single())
                .isEqualTo(asker.id());
        assertThat(notifications(expert, thread)).containsExactly("Ari Asker asked you a question: “" + title + "”");
        as(expert, get("/forums/threads/" + thread))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This question is for")))
                .andExpect(content().string(containsString("href=\"/people/" + expert.id() + "\"")));

        // the expert's answer is the thread's first reply, which the response times count
        testForums.reply(expert, thread, "Twenty working days.");
        assertThat(jdbc.sql("select first_reply_at is not null from forum_thread where id = ?")
                        .param(thread)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void profilesOfferAskingAndThePeoplePageOffersTheFinder() throws Exception {
        as(asker, get("/people/" + expert.id()))
                .andExpect(content().string(containsString("href=\"/people/" + expert.id() + "/ask\"")))
                .andExpect(content().string(containsString("Ask Esme Expert a question")));
        as(expert, get("/people/" + expert.id()))
                .andExpect(content().string(not(containsString("/people/" + expert.id() + "/ask"))));
        as(asker, get("/people")).andExpect(content().string(containsString("href=\"/people/experts\"")));
    }

    @Test
    void aBoardTheExpertCannotSeeIsRefusedAndNothingIsPosted() throws Exception {
        long closed = testForums.board(curator, Visibility.RESTRICTED, null, asker);
        String title = "Closed question " + UUID.randomUUID();

        as(asker, ask(closed, title, "Only for us."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Esme Expert cannot see that board — choose another.")))
                .andExpect(content().string(containsString("Only for us.")));

        assertThat(threadsTitled(title)).isZero();
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'expertise.ask'")
                        .param(expert.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBoardTheAskerCannotSeeIsRefused() throws Exception {
        long hidden = testForums.board(curator, Visibility.RESTRICTED, null, expert);
        String title = "Sneaky question " + UUID.randomUUID();

        as(asker, ask(hidden, title, "Let me in."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the boards in the list.")))
                .andExpect(content().string(not(containsString("Board " + hidden))));
        assertThat(threadsTitled(title)).isZero();
    }

    @Test
    void askingYourselfIsRefused() throws Exception {
        String title = "Talking to myself " + UUID.randomUUID();
        as(expert, get("/people/" + expert.id() + "/ask"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You cannot ask yourself a question.")))
                .andExpect(content().string(not(containsString("name=\"title\""))));
        as(expert, ask(openBoard, title, "Hello me."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You cannot ask yourself a question.")));
        assertThat(threadsTitled(title)).isZero();
    }

    @Test
    void badInputIsShownWithWhatWasTyped() throws Exception {
        as(asker, ask(openBoard, "", "My question text kept."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My question text kept.")))
                .andExpect(content().string(containsString("Please correct the following")));
        as(
                        asker,
                        post("/people/" + expert.id() + "/ask")
                                .param("board", "")
                                .param("title", "No board " + UUID.randomUUID())
                                .param("body", "Where?")
                                .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a board.")));
        as(
                        asker,
                        post("/people/" + expert.id() + "/ask")
                                .param("board", "not-a-number")
                                .param("title", "Odd board")
                                .param("body", "Where?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the boards in the list.")));
    }

    @Test
    void theForumsPostingLimitApplies() throws Exception {
        PersonSummary busy = testPeople.person("Bea Busy", policy);
        for (int i = 0; i < 6; i++) {
            testForums.discussion(busy, openBoard, "Chatter " + i, "Text " + i);
        }
        String title = "One too many " + UUID.randomUUID();
        as(busy, ask(openBoard, title, "Text kept after the limit."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("times in the last minute")))
                .andExpect(content().string(containsString("Text kept after the limit.")));
        assertThat(threadsTitled(title)).isZero();
    }

    @Test
    void unknownAndDeactivatedPeopleCannotBeAsked() throws Exception {
        as(asker, get("/people/999999999/ask")).andExpect(status().isNotFound());
        PersonSummary gone = testPeople.person("Gus Gone", policy);
        personService.updatePerson(
                gone.id(), gone.email(), gone.displayName(), gone.jobTitle(), gone.departmentId(), gone.roles(), false);
        as(asker, get("/people/" + gone.id() + "/ask")).andExpect(status().isNotFound());
        String title = "To the departed " + UUID.randomUUID();
        as(
                        asker,
                        post("/people/" + gone.id() + "/ask")
                                .param("board", String.valueOf(openBoard))
                                .param("title", title)
                                .param("body", "Hello?")
                                .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        assertThat(threadsTitled(title)).isZero();
    }

    private MockHttpServletRequestBuilder ask(long board, String title, String body) {
        return post("/people/" + expert.id() + "/ask")
                .param("board", String.valueOf(board))
                .param("title", title)
                .param("body", body)
                .param("tags", "foi")
                .param("submission", UUID.randomUUID().toString());
    }

    private long threadsTitled(String title) {
        return jdbc.sql("select count(*) from forum_thread where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private java.util.List<String> notifications(PersonSummary person, long thread) {
        return jdbc.sql(
                        "select message from notification where recipient_id = ? and kind = 'expertise.ask' and link = ?")
                .params(person.id(), "/forums/threads/" + thread)
                .query(String.class)
                .list();
    }

    private ResultActions as(PersonSummary person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(TestPeople.principal(person))));
    }
}
