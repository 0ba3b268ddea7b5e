package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.forum.ForumEvents.PostVoted;
import org.agorahub.forum.TestForums;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.shared.web.Flash;
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
 * Votes on questions and replies: one per person, changed by voting the other way and taken back by voting the
 * same way again; never on one's own post or on a deleted one; replies of a question sorted by votes.
 */
@AgoraTest
@RecordApplicationEvents
class ForumVoteTests {

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

    DepartmentSummary tax;
    PersonSummary lead;
    PersonSummary asker;
    PersonSummary helper;
    PersonSummary voter;
    PersonSummary outsider;

    @BeforeEach
    void setUp() {
        tax = testPeople.department("Tax Policy");
        lead = testPeople.person("Tia Tax-Lead", tax, Role.DEPARTMENT_LEAD);
        asker = testPeople.person("Ari Asker", tax);
        helper = testPeople.person("Hana Helper", tax);
        voter = testPeople.person("Vic Voter", tax);
        outsider = testPeople.person("Otto Outsider", testPeople.department("Transport"));
    }

    @Test
    void onePersonHasOneVoteWhichTheyCanChangeOrTakeBack() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, tax.id());
        long thread = testForums.question(asker, board, "VAT on training courses?", "Is it exempt?");
        long reply = testForums.reply(helper, thread, "Yes, when the provider is approved.");

        vote(voter, reply, "up").andExpect(redirectedUrl("/forums/threads/" + thread + "#post-" + reply));
        assertThat(score(reply)).isEqualTo(1);
        vote(lead, reply, "up");
        assertThat(score(reply)).isEqualTo(2);

        vote(voter, reply, "down");
        assertThat(score(reply)).as("the vote changed from up to down").isZero();
        assertThat(votesBy(voter, reply)).isEqualTo(1);

        vote(voter, reply, "down");
        assertThat(score(reply)).as("the same vote again takes it back").isEqualTo(1);
        assertThat(votesBy(voter, reply)).isZero();

        assertThat(events.stream(PostVoted.class).filter(e -> e.postId() == reply && e.voterId() == voter.id()))
                .extracting(PostVoted::value)
                .containsExactly(1, -1, 0);
        assertThat(events.stream(PostVoted.class).filter(e -> e.postId() == reply))
                .allSatisfy(e -> {
                    assertThat(e.threadId()).isEqualTo(thread);
                    assertThat(e.postAuthorId()).isEqualTo(helper.id());
                });
    }

    @Test
    void theScoreAndTheReadersOwnVoteAreShown() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, tax.id());
        long thread = testForums.question(asker, board, "Who signs a tax ruling?", "The director?");
        long question = openingPost(thread);
        long reply = testForums.reply(helper, thread, "The director general.");
        vote(voter, reply, "up");
        vote(lead, reply, "up");
        vote(voter, question, "down");

        as(voter, get("/forums/threads/" + thread))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Vote up this reply, score 2\"")))
                .andExpect(content().string(containsString("aria-label=\"Vote down this question, score -1\"")))
                .andExpect(content()
                        .string(containsString("id=\"post-" + reply + "-up\" class=\"btn btn-sm btn-success\"")))
                .andExpect(content().string(containsString("aria-pressed=\"true\"")));
        as(helper, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("Score of this reply: 2")))
                .andExpect(content().string(not(containsString("id=\"post-" + reply + "-up\""))))
                .andExpect(content().string(not(containsString("aria-pressed=\"true\""))));
    }

    @Test
    void withHtmxOnlyTheVoteButtonsComeBack() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, tax.id());
        long thread = testForums.question(asker, board, "Deadline for returns?", "This year?");
        long reply = testForums.reply(helper, thread, "31 May.");

        String fragment = as(
                        voter,
                        post("/forums/posts/" + reply + "/vote")
                                .param("value", "up")
                                .header("HX-Request", "true")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .startsWith("<div id=\"post-" + reply + "-votes\"")
                .contains("aria-label=\"Vote up this reply, score 1\"")
                .contains("aria-pressed=\"true\"")
                .doesNotContain("<html");
    }

    @Test
    void nobodyVotesOnTheirOwnPostOrADeletedOne() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, tax.id());
        long thread = testForums.question(asker, board, "Mileage rates?", "What is the rate?");
        long reply = testForums.reply(helper, thread, "42 cents per km.");

        vote(helper, reply, "up").andExpect(status().isForbidden());
        vote(asker, openingPost(thread), "up").andExpect(status().isForbidden());
        assertThat(score(reply)).isZero();

        as(helper, post("/forums/posts/" + reply + "/delete").with(csrf())).andExpect(status().isFound());
        vote(voter, reply, "up")
                .andExpect(redirectedUrl("/forums/threads/" + thread + "#post-" + reply))
                .andExpect(result -> assertThat(
                                ((Flash.Message) result.getFlashMap().get(Flash.ATTRIBUTE)).key())
                        .isEqualTo("forum.vote.deleted"));
        as(
                        voter,
                        post("/forums/posts/" + reply + "/vote")
                                .param("value", "up")
                                .header("HX-Request", "true")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/forums/threads/" + thread + "#post-" + reply))
                .andExpect(result -> assertThat(
                                ((Flash.Message) result.getFlashMap().get(Flash.ATTRIBUTE)).key())
                        .isEqualTo("forum.vote.deleted"))
                .andExpect(content().string(""));
        assertThat(score(reply)).as("a deleted post takes no votes").isZero();
        as(voter, get("/forums/threads/" + thread))
                .andExpect(content().string(not(containsString("id=\"post-" + reply + "-votes\""))));
    }

    @Test
    void someoneWhoCannotSeeTheBoardCannotVote() throws Exception {
        long board = testForums.board(lead, Visibility.DEPARTMENT, tax.id());
        long thread = testForums.question(asker, board, "Internal guidance?", "Where is it?");
        long reply = testForums.reply(helper, thread, "On the team site.");

        vote(outsider, reply, "up").andExpect(status().isNotFound());
        assertThat(score(reply)).isZero();
        vote(voter, reply, "up").andExpect(status().isFound());
        assertThat(score(reply)).isEqualTo(1);
    }

    @Test
    void repliesOfAQuestionSortByVotesWithTheAcceptedAnswerStillFirst() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, tax.id());
        long thread = testForums.question(asker, board, "Best way to file?", "Paper or online?");
        long accepted = testForums.reply(helper, thread, "Accepted reply text");
        long low = testForums.reply(voter, thread, "Low reply text");
        long high = testForums.reply(lead, thread, "High reply text");
        long middle = testForums.reply(outsider, thread, "Middle reply text");
        testForums.accept(asker, accepted);
        vote(asker, high, "up");
        vote(helper, high, "up");
        vote(asker, middle, "up");
        vote(asker, low, "down");

        String byTime = as(voter, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("Most votes")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(order(byTime, accepted, low, high, middle)).isSorted();

        String byVotes = as(voter, get("/forums/threads/" + thread + "?sort=votes"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(order(byVotes, accepted, high, middle, low)).isSorted();
        assertThat(byVotes).contains("name=\"sort\" value=\"votes\"");
        vote(asker, middle, "up", "votes")
                .andExpect(redirectedUrl("/forums/threads/" + thread + "?sort=votes#post-" + middle));
    }

    @Test
    void discussionsHaveNoSortLinksAndTheirOpeningPostTakesNoVotes() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, tax.id());
        long thread = testForums.discussion(asker, board, "Office move", "We move in June.");
        long reply = testForums.reply(helper, thread, "Good news.");

        as(voter, get("/forums/threads/" + thread + "?sort=votes"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Most votes"))))
                .andExpect(content().string(containsString("id=\"post-" + reply + "-votes\"")))
                .andExpect(content().string(not(containsString("id=\"post-" + openingPost(thread) + "-votes\""))));
        vote(voter, openingPost(thread), "up")
                .andExpect(redirectedUrl("/forums/threads/" + thread + "#post-" + openingPost(thread)));
        assertThat(score(openingPost(thread))).isZero();
    }

    private static int[] order(String page, long... posts) {
        int[] positions = new int[posts.length];
        for (int i = 0; i < posts.length; i++) {
            positions[i] = page.indexOf("id=\"post-" + posts[i] + "\"");
            assertThat(positions[i]).isPositive();
        }
        return positions;
    }

    private ResultActions vote(PersonSummary person, long post, String value, String... sort) throws Exception {
        var request =
                post("/forums/posts/" + post + "/vote").param("value", value).with(csrf());
        if (sort.length > 0) {
            request.param("sort", sort[0]);
        }
        return as(person, request);
    }

    private int score(long post) {
        return jdbc.sql("select score from forum_post where id = ?")
                .param(post)
                .query(Integer.class)
                .single();
    }

    private long votesBy(PersonSummary person, long post) {
        return jdbc.sql("select count(*) from forum_vote where post_id = ? and person_id = ?")
                .params(post, person.id())
                .query(Long.class)
                .single();
    }

    private long openingPost(long thread) {
        return jdbc.sql("select id from forum_post where thread_id = ? and opening")
                .param(thread)
                .query(Long.class)
                .single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
