package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.forum.TestForums;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.shared.ai.Enrichments;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Forum pages cost the same number of statements however many boards, threads and replies they show. */
@AgoraTest
class ForumQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    Enrichments enrichments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void forumPagesRunAConstantNumberOfStatements() throws Exception {
        PersonSummary curator = testPeople.person("Quin Curator", Role.CURATOR);
        PersonSummary member = testPeople.person("Quentin Member");
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long question = testForums.question(member, board, "Counting question", "How many?");
        testForums.reply(curator, question, "Reply 0");
        // the thread page lists similar threads and documents once the AI has read them: a few statements more,
        // however long the thread; counted from the start, with a neighbour of each kind in place
        testForums.question(member, board, "Counting answers", "How many replies are there?");
        long library = testLibraries.library(member, Visibility.ORGANISATION, member.departmentId());
        testLibraries.textDocument(member, library, "Counting guide", "How to count replies.", Classification.OFFICIAL);
        awaitBackgroundWork();
        assertThat(enrichments.vectorOf(Enrichments.KIND_THREAD, question)).isPresent();
        long thread = statementsFor("/forums/threads/" + question, member);
        long boardPage = statementsFor("/forums/boards/" + board, member);
        long home = statementsFor("/forums", member);
        long unanswered = statementsFor("/forums/unanswered", member);
        assertThat(thread).as("statements are being counted").isGreaterThan(2);

        for (int i = 1; i < 30; i++) {
            long reply = testForums.reply(i % 2 == 0 ? curator : member, question, "Reply " + i);
            if (i % 2 == 0) {
                // the viewer's own votes, and others' on the viewer's replies, cost no statement per post
                vote(member, reply, i % 4 == 0 ? "up" : "down");
            } else {
                vote(curator, reply, "up");
            }
            testForums.question(member, board, "Another question " + i, "Text " + i);
            testForums.board(curator, Visibility.ORGANISATION, null);
        }
        awaitBackgroundWork();

        assertThat(statementsFor("/forums/threads/" + question, member)).isEqualTo(thread);
        assertThat(statementsFor("/forums/threads/" + question + "?sort=votes", member))
                .isEqualTo(thread);
        assertThat(statementsFor("/forums/boards/" + board, member)).isEqualTo(boardPage);
        assertThat(statementsFor("/forums", member)).isEqualTo(home);
        assertThat(statementsFor("/forums/unanswered", member)).isEqualTo(unanswered);
    }

    /** Enrichment and the reindexing it asks for, done (they run after commit, through the event registry). */
    private void awaitBackgroundWork() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private void vote(PersonSummary voter, long post, String value) throws Exception {
        mvc.perform(post("/forums/posts/" + post + "/vote")
                        .param("value", value)
                        .with(csrf())
                        .with(user(TestPeople.principal(voter))))
                .andExpect(status().isFound());
    }

    private long statementsFor(String url, PersonSummary viewer) throws Exception {
        statements.reset();
        mvc.perform(get(url).with(user(TestPeople.principal(viewer)))).andExpect(status().isOk());
        return statements.count();
    }
}
