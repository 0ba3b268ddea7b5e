package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Watching and mentions as people notice them: the bell and the notifications page after replies, new threads,
 * accepted answers and mentions, and nothing for whoever acted or may not see the board. Notifications are sent
 * after commit, asynchronously: a test waits for the notification someone must get, then checks that the others,
 * sent in the same delivery, did not get one.
 */
@AgoraTest
class ForumNotificationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary hr;
    PersonSummary lead;
    PersonSummary asker;
    PersonSummary helper;
    PersonSummary colleague;
    PersonSummary outsider;

    @BeforeEach
    void setUp() {
        hr = testPeople.department("People Services");
        lead = testPeople.person("Lee Lead", hr, Role.DEPARTMENT_LEAD);
        asker = testPeople.person("Ada Asker", hr);
        helper = testPeople.person("Hal Helper", hr);
        colleague = testPeople.person("Cal Colleague", hr);
        outsider = testPeople.person("Oona Outsider", testPeople.department("Estates"));
    }

    @Test
    void theThreadsAuthorIsToldOfAReplyButTheReplierIsNot() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        long thread = testForums.question(asker, board, "Carry over leave " + UUID.randomUUID(), "Can I?");

        long reply = replyAs(helper, thread, "Yes, up to five days.");

        List<Notice> received = awaitNotifications(asker, 1);
        assertThat(received.get(0).message()).startsWith("Hal Helper replied to “Carry over leave");
        assertThat(received.get(0).link()).isEqualTo("/forums/posts/" + reply + "/thread");
        assertThat(notifications(helper)).isEmpty();

        as(asker, get("/notifications"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hal Helper replied to “Carry over leave")))
                .andExpect(content().string(containsString(">New<")))
                .andExpect(content().string(containsString("aria-label=\"Notifications, 1 unread\"")));
        as(helper, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("aria-label=\"Notifications\"")));

        // opening it goes to the reply and marks it read
        as(asker, get("/notifications/" + received.get(0).id()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/forums/posts/" + reply + "/thread"));
        as(asker, get("/notifications"))
                .andExpect(content().string(containsString("aria-label=\"Notifications\"")))
                .andExpect(content().string(not(containsString(">New<"))));
    }

    @Test
    void replyingWatchesTheThreadAndStopWatchingEndsIt() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        long thread = testForums.discussion(asker, board, "Team day " + UUID.randomUUID(), "Ideas?");
        replyAs(helper, thread, "A walk.");
        as(helper, get("/forums/threads/" + thread)).andExpect(content().string(containsString("Stop watching")));
        awaitNotifications(asker, 1); // the author watches their thread

        // the author stops watching; the replier still watches and hears of the next reply
        as(
                        asker,
                        post("/forums/threads/" + thread + "/watch")
                                .param("watch", "false")
                                .with(csrf()))
                .andExpect(redirectedUrl("/forums/threads/" + thread));
        as(asker, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("Watch this thread to be notified")))
                .andExpect(content().string(not(containsString("Stop watching"))));
        replyAs(colleague, thread, "A picnic.");

        List<Notice> helpers = awaitNotifications(helper, 1);
        assertThat(helpers.get(0).message()).startsWith("Cal Colleague replied to");
        assertThat(notifications(asker)).hasSize(1);
    }

    @Test
    void boardWatchersHearOfNewThreadsAndCanStopWatching() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        as(colleague, get("/forums/boards/" + board))
                .andExpect(content().string(containsString("Watch this board to be notified")));
        as(
                        colleague,
                        post("/forums/boards/" + board + "/watch")
                                .param("watch", "true")
                                .with(csrf()))
                .andExpect(redirectedUrl("/forums/boards/" + board));
        as(colleague, get("/forums/boards/" + board))
                .andExpect(content().string(containsString("Stop watching")))
                .andExpect(content().string(containsString("You’re watching this board")));

        String title = "Payslips " + UUID.randomUUID();
        testForums.question(asker, board, title, "Where are they?");

        List<Notice> received = awaitNotifications(colleague, 1);
        assertThat(received.get(0).message()).startsWith("Ada Asker asked a new question in Board ");
        assertThat(received.get(0).message()).endsWith("“" + title + "”");

        as(
                        colleague,
                        post("/forums/boards/" + board + "/watch")
                                .param("watch", "false")
                                .with(csrf()))
                .andExpect(redirectedUrl("/forums/boards/" + board));
        as(colleague, get("/forums/boards/" + board)).andExpect(content().string(not(containsString("Stop watching"))));
    }

    @Test
    void nobodyWatchesABoardTheyMayNotSee() throws Exception {
        long board = testForums.board(lead, Visibility.DEPARTMENT, hr.id());

        as(
                        outsider,
                        post("/forums/boards/" + board + "/watch")
                                .param("watch", "true")
                                .with(csrf()))
                .andExpect(status().isNotFound());
        long thread = testForums.question(asker, board, "Internal " + UUID.randomUUID(), "Hush.");
        as(
                        outsider,
                        post("/forums/threads/" + thread + "/watch")
                                .param("watch", "true")
                                .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from forum_board_watch where person_id = ?")
                        .param(outsider.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWatcherWhoCanNoLongerSeeTheBoardIsToldNothing() throws Exception {
        long board = testForums.board(lead, Visibility.DEPARTMENT, hr.id());
        PersonSummary mover = testPeople.person("Mo Mover", hr);
        as(mover, post("/forums/boards/" + board + "/watch").with(csrf())).andExpect(status().isFound());
        as(colleague, post("/forums/boards/" + board + "/watch").with(csrf())).andExpect(status().isFound());
        // the mover changes department and so loses sight of the board
        jdbc.sql("update person set department_id = ? where id = ?")
                .params(outsider.departmentId(), mover.id())
                .update();

        testForums.question(asker, board, "Restructure " + UUID.randomUUID(), "What changes?");

        awaitNotifications(colleague, 1);
        assertThat(notifications(mover)).isEmpty();
    }

    @Test
    void aMentionReachesOnlyPeopleWhoMaySeeTheDepartmentBoard() throws Exception {
        long board = testForums.board(lead, Visibility.DEPARTMENT, hr.id());
        String title = "Sickness policy " + UUID.randomUUID();
        long thread = testForums.question(
                asker, board, title, "What do you think, @" + handle(colleague) + " and @" + handle(outsider) + "?");

        List<Notice> received = awaitNotifications(colleague, 1);
        assertThat(received.get(0).message()).isEqualTo("Ada Asker mentioned you in “" + title + "”");
        assertThat(received.get(0).link()).isEqualTo("/forums/threads/" + thread);
        assertThat(notifications(outsider)).isEmpty();
        as(outsider, get("/notifications"))
                .andExpect(content().string(containsString("You have no notifications yet.")))
                .andExpect(content().string(not(containsString(title))));

        // the same in a reply
        replyAs(helper, thread, "Over to you, @" + handle(outsider) + " and @" + handle(lead) + ".");
        awaitNotifications(lead, 1);
        assertThat(notifications(outsider)).isEmpty();
    }

    @Test
    void aMentionInAnOrganisationBoardNotifiesInAnyCaseButNotInCode() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        long thread = testForums.discussion(asker, board, "Estates move " + UUID.randomUUID(), "Plans.");
        PersonSummary coder = testPeople.person("Cody Coder", hr);

        long reply = replyAs(
                helper,
                thread,
                "Thanks @" + handle(outsider).toUpperCase() + ". Write `@" + handle(coder) + "` to mention.");

        List<Notice> received = awaitNotifications(outsider, 1);
        assertThat(received.get(0).message()).startsWith("Hal Helper mentioned you in “Estates move");
        assertThat(received.get(0).link()).isEqualTo("/forums/posts/" + reply + "/thread");
        // the thread's author is told once, of the reply
        assertThat(awaitNotifications(asker, 1).get(0).message()).startsWith("Hal Helper replied to");
        assertThat(notifications(coder)).isEmpty();
    }

    @Test
    void someoneWhoWatchesTheThreadAndTheBoardAndIsMentionedIsToldOnce() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        as(asker, post("/forums/boards/" + board + "/watch").with(csrf())).andExpect(status().isFound());
        String title = "Parking " + UUID.randomUUID();
        long thread = testForums.discussion(asker, board, title, "Spaces?");

        replyAs(helper, thread, "Ask @" + handle(asker) + ", who knows.");

        List<Notice> received = awaitNotifications(asker, 1);
        assertThat(received.get(0).message()).isEqualTo("Hal Helper mentioned you in “" + title + "”");
    }

    @Test
    void theAnswersAuthorIsToldWhenItIsAccepted() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        String title = "Expenses " + UUID.randomUUID();
        long thread = testForums.question(asker, board, title, "How do I claim?");
        long answer = replyAs(helper, thread, "Use the expenses form.");
        awaitNotifications(asker, 1);

        as(asker, post("/forums/posts/" + answer + "/accept").with(csrf())).andExpect(status().isFound());

        List<Notice> received = awaitNotifications(helper, 1);
        assertThat(received.get(0).message()).isEqualTo("Ada Asker accepted your answer to “" + title + "”");
        assertThat(notifications(asker)).hasSize(1);
    }

    @Test
    void theReplyFormExplainsMentions() throws Exception {
        long board = testForums.board(lead, Visibility.ORGANISATION, hr.id());
        long thread = testForums.discussion(asker, board, "Hint " + UUID.randomUUID(), "Text.");
        as(helper, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("e.g. @sam.patel, to notify them")));
        as(helper, get("/forums/boards/" + board + "/threads/new"))
                .andExpect(content().string(containsString("e.g. @sam.patel, to notify them")));
    }

    record Notice(long id, String message, String link) {}

    private List<Notice> notifications(PersonSummary person) {
        return jdbc.sql("select id, message, link from notification where recipient_id = ? order by id")
                .param(person.id())
                .query(Notice.class)
                .list();
    }

    private List<Notice> awaitNotifications(PersonSummary person, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> notifications(person).size() >= count);
        List<Notice> received = notifications(person);
        assertThat(received).hasSize(count);
        return received;
    }

    private static String handle(PersonSummary person) {
        return person.email().substring(0, person.email().indexOf('@'));
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
        return Long.parseLong(url.substring(url.lastIndexOf("#post-") + "#post-".length()));
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
