package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.agorahub.forum.domain.ThreadService;
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
 * What people should not be able to post, or post twice: each gets a clear message with their text kept, or is
 * made harmless.
 */
@AgoraTest
class ForumBadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    ThreadService threads;

    @Autowired
    JdbcClient jdbc;

    PersonSummary curator;
    PersonSummary member;
    long board;
    long thread;

    @BeforeEach
    void setUp() {
        curator = testPeople.person("Mo Moderator", Role.CURATOR);
        member = testPeople.person("Pat Poster");
        board = testForums.board(curator, Visibility.ORGANISATION, null);
        thread = testForums.discussion(curator, board, "Welcome", "Say hello.");
    }

    @Test
    void emptyAndWhitespaceOnlyPostsAreRefusedWithTheInputKept() throws Exception {
        for (String blank : new String[] {"", "   \n\t  ", "\u200B\u00A0 \u2060"}) {
            as(
                            member,
                            post("/forums/boards/" + board + "/threads/new")
                                    .param("kind", "QUESTION")
                                    .param("title", "Kept title")
                                    .param("body", blank)
                                    .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Please correct the following")))
                    .andExpect(content().string(containsString("Write something: the text is empty.")))
                    .andExpect(content().string(containsString("value=\"Kept title\"")));
            as(
                            member,
                            post("/forums/threads/" + thread + "/replies")
                                    .param("body", blank)
                                    .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Write something: the text is empty.")));
        }
        assertThat(posts(thread)).isEqualTo(1);
    }

    @Test
    void aTitleOf500CharactersIsRefusedAndTheTextKept() throws Exception {
        as(
                        member,
                        post("/forums/boards/" + board + "/threads/new")
                                .param("kind", "DISCUSSION")
                                .param("title", "T".repeat(500))
                                .param("body", "My carefully written text.")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep the title to 200 characters or fewer.")))
                .andExpect(content().string(containsString("My carefully written text.")));
    }

    @Test
    void aPostOverTheConfiguredLengthIsRefusedSayingByHowMuch() throws Exception {
        int max = threads.maxPostLength();
        assertThat(max).isEqualTo(20_000);
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "a".repeat(max + 1))
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "This text has 20,001 characters; the most a post may have is 20,000.")));
        // line breaks as a browser sends them count once
        String lines = "ab\r\n".repeat(max / 3);
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", lines)
                                .with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void scriptsLinksAndHandlersInMarkdownAreNeutralised() throws Exception {
        String payload = "<script>alert('x')</script>\n\n"
                + "[click me](javascript:alert(1))\n\n"
                + "<img src=x onerror=alert(2)>\n\n"
                + "![pic](javascript:alert(3))\n\n"
                + "<div style=\"width: expression(alert(4))\">css</div>\n\n"
                + "[ok](https://example.org)";
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", payload)
                                .with(csrf()))
                .andExpect(status().isFound());

        as(member, get("/forums/threads/" + thread))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript:"))))
                .andExpect(content().string(not(containsString("src=\"javascript:"))))
                .andExpect(content().string(not(containsString("<img src=\"x\""))))
                .andExpect(content().string(not(containsString("onerror=\""))))
                .andExpect(content().string(not(containsString("style=\"width"))))
                .andExpect(content().string(containsString("href=\"https://example.org\"")));
    }

    @Test
    void quotesNestedAThousandDeepDoNotBreakThePage() throws Exception {
        String deep = "> ".repeat(1000) + "deep";
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", deep)
                                .with(csrf()))
                .andExpect(status().isFound());
        as(member, get("/forums/threads/" + thread)).andExpect(status().isOk());
    }

    @Test
    void aReplyToAThreadDeletedMeanwhileSaysSoAndKeepsTheText() throws Exception {
        as(curator, post("/forums/threads/" + thread + "/delete").with(csrf())).andExpect(status().isFound());

        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "My late reply")
                                .with(csrf()))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This thread was deleted")))
                .andExpect(content().string(containsString("My late reply")));
        as(member, get("/forums/threads/" + thread)).andExpect(status().isGone());
        as(member, get("/forums/boards/" + board)).andExpect(content().string(not(containsString("Welcome"))));
        assertThat(posts(thread)).isEqualTo(1);
    }

    @Test
    void aReplyToAThreadLockedMeanwhileSaysWhyAndKeepsTheText() throws Exception {
        as(
                        curator,
                        post("/forums/threads/" + thread + "/lock")
                                .param("reason", "Answered in the FAQ")
                                .with(csrf()))
                .andExpect(status().isFound());

        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "One more thing")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("This thread is locked and takes no new replies: Answered in the FAQ")))
                .andExpect(content().string(containsString("One more thing")))
                .andExpect(content().string(not(containsString("Post reply"))));
        assertThat(posts(thread)).isEqualTo(1);

        as(curator, post("/forums/threads/" + thread + "/unlock").with(csrf())).andExpect(status().isFound());
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "One more thing")
                                .with(csrf()))
                .andExpect(status().isFound());
        assertThat(posts(thread)).isEqualTo(2);
    }

    @Test
    void theSameReplyFormSentTwiceMakesOnePost() throws Exception {
        String token = UUID.randomUUID().toString();
        String first = as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Hello all")
                                .param("submission", token)
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String second = as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Hello all")
                                .param("submission", token)
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(second).isEqualTo(first);
        assertThat(posts(thread)).isEqualTo(2);

        // a new form (new token) is a new post, even with the same words
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Hello all")
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isFound());
        assertThat(posts(thread)).isEqualTo(3);
    }

    @Test
    void theSameNewThreadFormSentTwiceStartsOneThread() throws Exception {
        String token = UUID.randomUUID().toString();
        String title = "Printer on floor 3 " + token;
        for (int i = 0; i < 2; i++) {
            as(
                            member,
                            post("/forums/boards/" + board + "/threads/new")
                                    .param("kind", "QUESTION")
                                    .param("title", title)
                                    .param("body", "Is it fixed?")
                                    .param("submission", token)
                                    .with(csrf()))
                    .andExpect(status().isFound());
        }
        Long count = jdbc.sql("select count(*) from forum_thread where title = ?")
                .param(title)
                .query(Long.class)
                .single();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void postingFasterThanTheLimitIsRefusedKindlyWithTheTextKept() throws Exception {
        // the default limit: six posts a minute
        for (int i = 1; i <= 6; i++) {
            as(
                            member,
                            post("/forums/threads/" + thread + "/replies")
                                    .param("body", "Reply number " + i)
                                    .param("submission", UUID.randomUUID().toString())
                                    .with(csrf()))
                    .andExpect(status().isFound());
        }
        as(
                        member,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Reply number seven")
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have posted 6 times in the last minute.")))
                .andExpect(content().string(containsString("Reply number seven")));
        as(
                        member,
                        post("/forums/boards/" + board + "/threads/new")
                                .param("kind", "DISCUSSION")
                                .param("title", "A new topic")
                                .param("body", "Started too soon")
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have posted 6 times in the last minute.")))
                .andExpect(content().string(containsString("Started too soon")));
        assertThat(posts(thread)).isEqualTo(7);

        // someone else is not held back by it
        as(
                        curator,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Thanks everyone")
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isFound());
        assertThat(posts(thread)).isEqualTo(8);
    }

    @Test
    void theApiRefusesWhatTheFormsRefuse() {
        assertThatThrownBy(() -> testForums.reply(member, thread, " \n ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> testForums.question(member, board, "x".repeat(201), "Body"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(posts(thread)).isEqualTo(1);
    }

    private long posts(long threadId) {
        return jdbc.sql("select count(*) from forum_post where thread_id = ?")
                .param(threadId)
                .query(Long.class)
                .single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
