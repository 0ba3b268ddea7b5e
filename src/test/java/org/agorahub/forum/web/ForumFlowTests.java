package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.forum.ForumEvents.AnswerAccepted;
import org.agorahub.forum.ForumEvents.QuestionAsked;
import org.agorahub.forum.ForumEvents.ReplyPosted;
import org.agorahub.forum.ForumEvents.ThreadStarted;
import org.agorahub.forum.TestForums;
import org.agorahub.forum.ThreadKind;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The forum as people use it: a lead creates a board, a member asks, colleagues answer, the asker accepts one
 * answer, which then shows first; quoting, editing with history, deleting, and the unanswered list.
 */
@AgoraTest
@RecordApplicationEvents
class ForumFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    DepartmentSummary hr;
    PersonSummary lead;
    PersonSummary asker;
    PersonSummary helper;
    PersonSummary other;
    PersonSummary curator;

    @BeforeEach
    void setUp() {
        hr = testPeople.department("People Services");
        lead = testPeople.person("Lee Lead", hr, Role.DEPARTMENT_LEAD);
        asker = testPeople.person("Ada Asker", hr);
        helper = testPeople.person("Hal Helper", testPeople.department("Payroll"));
        other = testPeople.person("Oona Other", testPeople.department("Estates"));
        curator = testPeople.person("Cyd Curator", Role.CURATOR);
    }

    @Test
    void aQuestionIsAskedAnsweredAndTheAcceptedAnswerShowsFirst() throws Exception {
        String boardName = "HR questions " + UUID.randomUUID();
        String boardUrl = as(
                        lead,
                        post("/forums/boards/new")
                                .param("name", boardName)
                                .param("departmentId", String.valueOf(hr.id()))
                                .param("visibility", "ORGANISATION")
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long board = idAtEnd(boardUrl);

        as(asker, get("/forums/boards/" + board + "/threads/new?kind=QUESTION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"submission\"")));
        String threadUrl = as(
                        asker,
                        post("/forums/boards/" + board + "/threads/new")
                                .param("kind", "QUESTION")
                                .param("title", "How do I carry over annual leave?")
                                .param("body", "I have **six days** left. Can I carry them over?")
                                .param("tags", "Leave, annual leave")
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long thread = idAtEnd(threadUrl);

        as(other, get("/forums/unanswered"))
                .andExpect(content().string(containsString("How do I carry over annual leave?")));

        long first = replyAs(helper, thread, "Up to five days, with your manager's approval.");
        long second = replyAs(other, thread, "Ask your HR partner: the form is on the intranet.");

        as(other, get("/forums/unanswered"))
                .andExpect(content().string(not(containsString("How do I carry over annual leave?"))));

        as(asker, post("/forums/posts/" + second + "/accept").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/forums/threads/" + thread + "#post-" + second));

        String page = as(asker, get("/forums/threads/" + thread))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>six days</strong>")))
                .andExpect(content().string(containsString("Accepted answer")))
                .andExpect(content().string(containsString("annual leave")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("id=\"post-" + second + "\""))
                .as("the accepted answer comes before the earlier reply")
                .isPositive()
                .isLessThan(page.indexOf("id=\"post-" + first + "\""));

        var times = jdbc.sql("select first_reply_at is not null and accepted_at is not null from forum_thread"
                        + " where id = ?")
                .param(thread)
                .query(Boolean.class)
                .single();
        assertThat(times).as("first reply and acceptance times are stored").isTrue();

        // other test classes share this database and add boards, so the board may be on a later page of the list
        boolean listed = false;
        for (int listPage = 0; listPage < 20 && !listed; listPage++) {
            String home = as(other, get("/forums").param("page", String.valueOf(listPage)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            listed = home.contains(boardName) && home.contains("href=\"/forums/boards/" + board + "\"");
        }
        assertThat(listed).as("the board is listed on the forum home").isTrue();

        assertThat(events.stream(ThreadStarted.class).filter(e -> e.threadId() == thread))
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ThreadKind.QUESTION));
        assertThat(events.stream(QuestionAsked.class).filter(e -> e.threadId() == thread))
                .hasSize(1);
        assertThat(events.stream(ReplyPosted.class).filter(e -> e.threadId() == thread))
                .extracting(ReplyPosted::firstReplyBySomeoneElse)
                .containsExactly(true, false);
        assertThat(events.stream(AnswerAccepted.class).filter(e -> e.threadId() == thread))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.postId()).isEqualTo(second);
                    assertThat(e.answerAuthorId()).isEqualTo(other.id());
                });
    }

    @Test
    void theAcceptedAnswerCanBeChangedByTheAskerOrAModerator() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long thread = testForums.question(asker, board, "Which form for overtime?", "Paper or online?");
        long first = testForums.reply(helper, thread, "Online, form OT-1.");
        long second = testForums.reply(other, thread, "Online, form OT-2 since March.");

        as(asker, post("/forums/posts/" + first + "/accept").with(csrf())).andExpect(status().isFound());
        as(curator, post("/forums/posts/" + second + "/accept").with(csrf())).andExpect(status().isFound());

        Long accepted = jdbc.sql("select accepted_post_id from forum_thread where id = ?")
                .param(thread)
                .query(Long.class)
                .single();
        assertThat(accepted).isEqualTo(second);

        // the question itself is not an answer: the asker lands back on the thread and is told why
        long opening = jdbc.sql("select min(id) from forum_post where thread_id = ?")
                .param(thread)
                .query(Long.class)
                .single();
        as(asker, post("/forums/posts/" + opening + "/accept").with(csrf()))
                .andExpect(redirectedUrl("/forums/threads/" + thread + "#post-" + opening))
                .andExpect(flash().attributeExists("flash"));
    }

    @Test
    void aQuoteLinkFillsTheReplyFormWithTheQuotedPost() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long thread = testForums.discussion(asker, board, "New canteen hours", "Open from 8.\nClosed on Fridays.");
        long reply = testForums.reply(helper, thread, "Great news");

        as(other, get("/forums/threads/" + thread + "?quote=" + reply))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&gt; **Hal Helper** wrote:\n&gt;\n&gt; Great news")));
        Long opening = jdbc.sql("select id from forum_post where thread_id = ? and opening")
                .param(thread)
                .query(Long.class)
                .single();
        as(other, get("/forums/threads/" + thread + "?quote=" + opening))
                .andExpect(content().string(containsString("&gt; Open from 8.\n&gt; Closed on Fridays.")));
    }

    @Test
    void editsShowAMarkerAndModeratorsSeeTheEarlierText() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long thread = testForums.discussion(asker, board, "Team day", "Team day is on Tuesday.");
        long reply = testForums.reply(helper, thread, "I will bring cake.");

        as(helper, get("/forums/posts/" + reply + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I will bring cake.")));
        as(
                        helper,
                        post("/forums/posts/" + reply + "/edit")
                                .param("body", "I will bring biscuits.")
                                .with(csrf()))
                .andExpect(status().isFound());

        as(other, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("I will bring biscuits.")))
                .andExpect(content().string(not(containsString("cake"))))
                .andExpect(content().string(containsString("edited")))
                .andExpect(content().string(not(containsString("/forums/posts/" + reply + "/history"))));
        as(curator, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("/forums/posts/" + reply + "/history")));
        as(curator, get("/forums/posts/" + reply + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I will bring cake.")))
                .andExpect(content().string(containsString("I will bring biscuits.")));
        as(helper, get("/forums/posts/" + reply + "/history")).andExpect(status().isForbidden());
        as(other, get("/forums/posts/" + reply + "/history")).andExpect(status().isForbidden());
    }

    @Test
    void aDeletedPostLeavesAPlaceholderAndItsTextIsGone() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long thread = testForums.discussion(asker, board, "Parking", "Where do visitors park?");
        long mine = testForums.reply(helper, thread, "Behind building C, I think.");
        long theirs = testForums.reply(other, thread, "Spam spam spam.");

        as(helper, post("/forums/posts/" + mine + "/delete").with(csrf())).andExpect(status().isFound());
        as(curator, post("/forums/posts/" + theirs + "/delete").with(csrf())).andExpect(status().isFound());

        as(asker, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("This post was deleted.")))
                .andExpect(content().string(not(containsString("Behind building C"))))
                .andExpect(content().string(not(containsString("Spam spam"))))
                .andExpect(content().string(containsString("Where do visitors park?")));
        as(helper, get("/forums/posts/" + mine + "/edit")).andExpect(status().isNotFound());
    }

    @Test
    void aQuestionStaysUnansweredUntilSomeoneElseReplies() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        String title = "Who signs off travel " + UUID.randomUUID() + "?";
        long thread = testForums.question(asker, board, title, "Over 500 euros.");
        testForums.reply(asker, thread, "Anyone? It is urgent.");

        as(other, get("/forums/unanswered?board=" + board)).andExpect(content().string(containsString(title)));
        Long firstReply = jdbc.sql("select count(*) from forum_thread where id = ? and first_reply_at is null")
                .param(thread)
                .query(Long.class)
                .single();
        assertThat(firstReply).as("the asker's own reply is not a first answer").isEqualTo(1);

        testForums.reply(helper, thread, "Your head of unit.");
        as(other, get("/forums/unanswered?board=" + board)).andExpect(content().string(not(containsString(title))));
    }

    @Test
    void theBoardPageListsThreadsWithLatestActivityFirst() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long older = testForums.discussion(asker, board, "Older thread", "First.");
        long newer = testForums.discussion(asker, board, "Newer thread", "Second.");

        String before = as(other, get("/forums/boards/" + board))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 threads")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before.indexOf("Newer thread")).isLessThan(before.indexOf("Older thread"));

        testForums.reply(helper, older, "Bumping this.");
        String after = as(other, get("/forums/boards/" + board))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after.indexOf("Older thread")).isLessThan(after.indexOf("Newer thread"));
        assertThat(newer).isNotEqualTo(older);
    }

    private long replyAs(PersonSummary person, long thread, String body) throws Exception {
        String url = as(
                        person,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", body)
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.indexOf("#post-") + "#post-".length()));
    }

    static long idAtEnd(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
