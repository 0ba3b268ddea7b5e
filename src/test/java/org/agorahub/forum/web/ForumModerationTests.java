package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.forum.TestForums;
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
 * Flags, the moderation queue, hiding and unhiding posts, pinning and moving threads: each for the moderators of
 * the board (and curators), and refused to plain members and to moderators of another board.
 */
@AgoraTest
class ForumModerationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    DepartmentSummary legal;
    DepartmentSummary finance;
    PersonSummary legalLead;
    PersonSummary financeLead;
    PersonSummary legalModerator;
    PersonSummary financeModerator;
    PersonSummary lawyer;
    PersonSummary reader;
    PersonSummary curator;
    long legalBoard;
    long financeBoard;

    @BeforeEach
    void setUp() {
        legal = testPeople.department("Legal");
        finance = testPeople.department("Finance");
        legalLead = testPeople.person("Lou Legal-Lead", legal, Role.DEPARTMENT_LEAD);
        financeLead = testPeople.person("Fay Finance-Lead", finance, Role.DEPARTMENT_LEAD);
        legalModerator = testPeople.person("Mo Legal-Moderator", legal);
        financeModerator = testPeople.person("Max Finance-Moderator", finance);
        lawyer = testPeople.person("Lena Lawyer", legal);
        reader = testPeople.person("Rita Reader", finance);
        curator = testPeople.person("Cora Curator", Role.CURATOR);
        legalBoard = testForums.moderatedBoard(legalLead, Visibility.ORGANISATION, legal.id(), legalModerator);
        financeBoard = testForums.moderatedBoard(financeLead, Visibility.ORGANISATION, finance.id(), financeModerator);
    }

    @Test
    void aFlaggedPostIsQueuedForTheBoardsModeratorsAndCuratorsOnly() throws Exception {
        String secret = "Buy cheap watches " + UUID.randomUUID();
        long thread = testForums.discussion(lawyer, legalBoard, "Office plants", "Who waters them?");
        long reply = testForums.reply(lawyer, thread, secret);

        as(reader, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("/forums/posts/" + reply + "/flag")));
        flag(reader, reply, "SPAM", "Looks like an advert")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/forums/threads/" + thread + "#post-" + reply));
        // flagging hides nothing
        as(lawyer, get("/forums/threads/" + thread)).andExpect(content().string(containsString(secret)));

        for (PersonSummary moderator : List.of(curator, legalModerator, legalLead)) {
            as(moderator, get("/forums/moderation"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(secret)))
                    .andExpect(content().string(containsString("Looks like an advert")))
                    .andExpect(content().string(containsString("Spam")));
        }
        as(legalModerator, get("/forums"))
                .andExpect(content().string(containsString("href=\"/forums/moderation\"")))
                .andExpect(content().string(containsString("Moderation queue (1 flagged post)")));

        // a moderator of another board: a queue, but without this board's flags, in the list and in the count
        as(financeModerator, get("/forums/moderation"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(containsString("No flagged posts")));
        as(financeModerator, get("/forums"))
                .andExpect(content().string(containsString("Moderation queue (nothing waiting)")));

        // a plain member has no queue at all
        as(reader, get("/forums/moderation")).andExpect(status().isForbidden());
        as(reader, get("/forums")).andExpect(content().string(not(containsString("/forums/moderation"))));
    }

    @Test
    void theQueueCostsTheSameStatementsHoweverManyPostsAreFlagged() throws Exception {
        PersonSummary moderator = testPeople.person("Quinn Queue-Moderator", legal);
        long board = testForums.moderatedBoard(legalLead, Visibility.ORGANISATION, legal.id(), moderator);
        long thread = testForums.discussion(lawyer, board, "Noisy thread", "Let us argue.");
        flag(reader, testForums.reply(lawyer, thread, "Reply 0"), "SPAM", "").andExpect(status().isFound());
        long one = statementsFor("/forums/moderation", moderator);
        long threadPage = statementsFor("/forums/threads/" + thread, moderator);

        for (int i = 1; i < 8; i++) {
            long reply = testForums.reply(lawyer, thread, "Reply " + i);
            flag(reader, reply, "OFF_TOPIC", "Note " + i).andExpect(status().isFound());
            flag(financeLead, reply, "OTHER", "").andExpect(status().isFound());
        }

        as(moderator, get("/forums/moderation")).andExpect(content().string(containsString("8 flagged posts")));
        assertThat(statementsFor("/forums/moderation", moderator)).isEqualTo(one);
        assertThat(statementsFor("/forums/threads/" + thread, moderator)).isEqualTo(threadPage);
    }

    private long statementsFor(String url, PersonSummary viewer) throws Exception {
        statements.reset();
        as(viewer, get(url)).andExpect(status().isOk());
        return statements.count();
    }

    @Test
    void aPersonFlagsAPostOnceAndNeverTheirOwn() throws Exception {
        long thread = testForums.discussion(lawyer, legalBoard, "Parking", "Where do visitors park?");
        long reply = testForums.reply(legalLead, thread, "Behind the building.");

        flag(reader, reply, "OFF_TOPIC", "").andExpect(status().isFound());
        flag(reader, reply, "OTHER", "Second try")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have already reported this post")));
        as(reader, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("You reported this post.")))
                .andExpect(content().string(not(containsString("/forums/posts/" + reply + "/flag\""))));
        assertThat(openFlags(reply)).isEqualTo(1);

        as(legalLead, get("/forums/posts/" + reply + "/flag")).andExpect(status().isForbidden());
        flag(legalLead, reply, "SPAM", "").andExpect(status().isForbidden());
        assertThat(openFlags(reply)).isEqualTo(1);
    }

    @Test
    void aFlagWithoutAReasonOrWithALongNoteKeepsTheInput() throws Exception {
        long thread = testForums.discussion(lawyer, legalBoard, "Coffee", "The machine is broken.");
        long reply = testForums.reply(lawyer, thread, "Still broken.");

        as(
                        reader,
                        post("/forums/posts/" + reply + "/flag")
                                .param("note", "Please look at the tone")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose why a moderator should look at this post.")))
                .andExpect(content().string(containsString("Please look at the tone")));
        flag(reader, reply, "OFFENSIVE", "x".repeat(501))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep the note to 500 characters or fewer.")))
                .andExpect(content().string(matchesRegex("(?s).*value=\"OFFENSIVE\"[^>]*checked.*")));
        assertThat(openFlags(reply)).isZero();
    }

    @Test
    void aHiddenPostShowsAsHiddenToReadersAndInFullToModerators() throws Exception {
        String text = "Insulting words " + UUID.randomUUID();
        long thread = testForums.question(lawyer, legalBoard, "Holiday rules?", "How many days?");
        long reply = testForums.reply(reader, thread, text);
        flag(lawyer, reply, "OFFENSIVE", "").andExpect(status().isFound());

        as(
                        legalModerator,
                        post("/forums/posts/" + reply + "/hide")
                                .param("back", "queue")
                                .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/forums/moderation"));

        as(lawyer, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("Hidden by a moderator.")))
                .andExpect(content().string(not(containsString(text))));
        as(reader, get("/forums/threads/" + thread)).andExpect(content().string(not(containsString(text))));
        // quoting a hidden post gives nothing, and its author cannot edit it meanwhile
        as(lawyer, get("/forums/threads/" + thread + "?quote=" + reply))
                .andExpect(content().string(not(containsString(text))));
        as(reader, get("/forums/posts/" + reply + "/edit")).andExpect(status().isNotFound());
        // nor does it take votes meanwhile
        as(lawyer, post("/forums/posts/" + reply + "/vote").param("value", "up").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.sql("select score from forum_post where id = ?")
                        .param(reply)
                        .query(Integer.class)
                        .single())
                .isZero();

        as(legalModerator, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString(text)))
                .andExpect(content().string(containsString("only moderators see this text")))
                .andExpect(content().string(containsString("/forums/posts/" + reply + "/unhide")));
        // hiding resolves the flags: the queue is empty of it
        as(legalModerator, get("/forums/moderation")).andExpect(content().string(not(containsString(text))));
        assertThat(openFlags(reply)).isZero();
        assertThat(audited("forum.post.hidden", "forum_post", reply)).isEqualTo(1);

        as(legalModerator, post("/forums/posts/" + reply + "/unhide").with(csrf()))
                .andExpect(status().isFound());
        as(lawyer, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString(text)))
                .andExpect(content().string(not(containsString("Hidden by a moderator."))));
        assertThat(audited("forum.post.unhidden", "forum_post", reply)).isEqualTo(1);
    }

    @Test
    void aHiddenAcceptedAnswerStaysAcceptedWithItsTextHidden() throws Exception {
        String text = "Answer with a leaked password " + UUID.randomUUID();
        long thread = testForums.question(lawyer, legalBoard, "VPN access?", "How do I get it?");
        long answer = testForums.reply(reader, thread, text);
        testForums.accept(lawyer, answer);

        as(curator, post("/forums/posts/" + answer + "/hide").with(csrf())).andExpect(status().isFound());

        as(lawyer, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("Accepted answer")))
                .andExpect(content().string(containsString("Hidden by a moderator.")))
                .andExpect(content().string(not(containsString(text))));
        Long accepted = jdbc.sql("select accepted_post_id from forum_thread where id = ?")
                .param(thread)
                .query(Long.class)
                .single();
        assertThat(accepted).isEqualTo(answer);
    }

    @Test
    void onlyTheBoardsModeratorsHideUnhideAndDismiss() throws Exception {
        String text = "Disputed claim " + UUID.randomUUID();
        long thread = testForums.discussion(lawyer, legalBoard, "Budget", "Next year’s budget.");
        long reply = testForums.reply(lawyer, thread, text);
        flag(reader, reply, "OUTDATED", "").andExpect(status().isFound());

        for (PersonSummary outsider : List.of(reader, financeModerator)) {
            as(outsider, post("/forums/posts/" + reply + "/hide").with(csrf())).andExpect(status().isForbidden());
            as(outsider, post("/forums/posts/" + reply + "/unhide").with(csrf()))
                    .andExpect(status().isForbidden());
            as(outsider, post("/forums/posts/" + reply + "/flags/dismiss").with(csrf()))
                    .andExpect(status().isForbidden());
            as(outsider, get("/forums/threads/" + thread))
                    .andExpect(content().string(not(containsString("/forums/posts/" + reply + "/hide"))));
        }
        as(lawyer, get("/forums/threads/" + thread)).andExpect(content().string(containsString(text)));
        assertThat(openFlags(reply)).isEqualTo(1);

        // the post stays, the flags go
        as(legalModerator, post("/forums/posts/" + reply + "/flags/dismiss").with(csrf()))
                .andExpect(status().isFound());
        assertThat(openFlags(reply)).isZero();
        as(lawyer, get("/forums/threads/" + thread)).andExpect(content().string(containsString(text)));
        assertThat(audited("forum.flags.dismissed", "forum_post", reply)).isEqualTo(1);
    }

    @Test
    void aDepartmentBoardsPostsAreNotFoundForOtherDepartments() throws Exception {
        long board = testForums.board(legalLead, Visibility.DEPARTMENT, legal.id());
        long thread = testForums.discussion(lawyer, board, "Internal", "Only for Legal.");
        long reply = testForums.reply(legalLead, thread, "Agreed.");
        flag(lawyer, reply, "OTHER", "").andExpect(status().isFound());

        as(financeModerator, get("/forums/posts/" + reply + "/flag")).andExpect(status().isNotFound());
        flag(financeModerator, reply, "SPAM", "").andExpect(status().isNotFound());
        as(financeModerator, post("/forums/posts/" + reply + "/hide").with(csrf()))
                .andExpect(status().isNotFound());
        as(financeModerator, post("/forums/threads/" + thread + "/pin").with(csrf()))
                .andExpect(status().isNotFound());
        as(
                        financeModerator,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(financeBoard))
                                .with(csrf()))
                .andExpect(status().isNotFound());
        as(financeModerator, get("/forums/moderation")).andExpect(content().string(not(containsString("Internal"))));
    }

    @Test
    void pinnedThreadsListFirstOnTheirBoard() throws Exception {
        long board = testForums.board(legalLead, Visibility.ORGANISATION, legal.id());
        long old = testForums.discussion(lawyer, board, "Old house rules", "Read these first.");
        testForums.discussion(lawyer, board, "Newer topic", "Something new.");
        testForums.discussion(lawyer, board, "Newest topic", "Something newer.");

        String before = as(reader, get("/forums/boards/" + board))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before.indexOf("Old house rules")).isGreaterThan(before.indexOf("Newest topic"));

        as(reader, post("/forums/threads/" + old + "/pin").with(csrf())).andExpect(status().isForbidden());
        as(financeModerator, post("/forums/threads/" + old + "/pin").with(csrf()))
                .andExpect(status().isForbidden());
        as(legalLead, post("/forums/threads/" + old + "/pin").with(csrf())).andExpect(status().isFound());

        String after = as(reader, get("/forums/boards/" + board))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after.indexOf("Old house rules")).isLessThan(after.indexOf("Newest topic"));
        assertThat(after.indexOf("Old house rules")).isLessThan(after.indexOf("Newer topic"));
        assertThat(after).contains(">Pinned<");
        assertThat(audited("forum.thread.pinned", "forum_thread", old)).isEqualTo(1);

        as(reader, post("/forums/threads/" + old + "/unpin").with(csrf())).andExpect(status().isForbidden());
        as(legalLead, post("/forums/threads/" + old + "/unpin").with(csrf())).andExpect(status().isFound());
        String unpinned = as(reader, get("/forums/boards/" + board))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unpinned.indexOf("Old house rules")).isGreaterThan(unpinned.indexOf("Newest topic"));
        assertThat(unpinned).doesNotContain(">Pinned<");
    }

    @Test
    void aModeratorMovesAThreadToAnotherBoardTheyModerate() throws Exception {
        long target = testForums.board(legalLead, Visibility.ORGANISATION, legal.id());
        String title = "Misplaced question " + UUID.randomUUID();
        long thread = testForums.question(lawyer, legalBoard, title, "Which board is this for?");
        long reply = testForums.reply(reader, thread, "Not this one.");
        flag(lawyer, reply, "OFF_TOPIC", "").andExpect(status().isFound());

        as(legalLead, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("<option value=\"" + target + "\"")))
                .andExpect(content().string(not(containsString("<option value=\"" + financeBoard + "\""))));

        // not a moderator of the thread's board; a target board the mover does not moderate
        as(
                        reader,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(target))
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(
                        financeModerator,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(financeBoard))
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(
                        legalLead,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(financeBoard))
                                .with(csrf()))
                .andExpect(status().isFound());
        assertThat(boardOf(thread)).isEqualTo(legalBoard);
        // no board chosen: a message, nothing moved
        as(
                        legalLead,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", "")
                                .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("flash"));
        assertThat(boardOf(thread)).isEqualTo(legalBoard);

        as(
                        legalLead,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(target))
                                .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/forums/threads/" + thread));
        assertThat(boardOf(thread)).isEqualTo(target);
        as(reader, get("/forums/boards/" + target))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("1 thread")));
        as(reader, get("/forums/boards/" + legalBoard)).andExpect(content().string(not(containsString(title))));
        // its flags follow: the target board's moderators see them, and it is the same post
        as(legalLead, get("/forums/moderation")).andExpect(content().string(containsString(title)));
        String detail = jdbc.sql("select detail from audit_event where action = 'forum.thread.moved' and target_id = ?")
                .param(thread)
                .query(String.class)
                .single();
        assertThat(detail).contains("from board " + legalBoard).contains("to board " + target);

        // curators move to any board
        as(
                        curator,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(financeBoard))
                                .with(csrf()))
                .andExpect(status().isFound());
        assertThat(boardOf(thread)).isEqualTo(financeBoard);
    }

    @Test
    void theDepartmentLeadChangesABoardsSettingsButNotToAnotherDepartment() throws Exception {
        as(legalLead, get("/forums/boards/" + legalBoard + "/settings"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(legalModerator.email())));

        as(legalLead, settings(legalBoard, "Legal questions", finance.id(), Visibility.DEPARTMENT, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You can create boards for your own department only")))
                .andExpect(content().string(containsString("value=\"Legal questions\"")));
        assertThat(boardColumn(legalBoard, "department_id")).isEqualTo(String.valueOf(legal.id()));

        as(legalLead, settings(legalBoard, "", legal.id(), Visibility.DEPARTMENT, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name for the board.")));

        as(legalLead, settings(legalBoard, "Legal questions", legal.id(), Visibility.DEPARTMENT, lawyer.email()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/forums/boards/" + legalBoard));
        assertThat(boardColumn(legalBoard, "name")).isEqualTo("Legal questions");
        assertThat(boardColumn(legalBoard, "visibility")).isEqualTo("DEPARTMENT");
        // now a department board with a new moderator: the earlier one is no longer one, finance no longer sees it
        as(reader, get("/forums/boards/" + legalBoard)).andExpect(status().isNotFound());
        as(lawyer, get("/forums/boards/" + legalBoard))
                .andExpect(content().string(containsString("Lena Lawyer")))
                .andExpect(content().string(not(containsString("Mo Legal-Moderator"))));
        assertThat(audited("forum.board.changed", "forum_board", legalBoard)).isEqualTo(1);
    }

    @Test
    void aNamedModeratorChangesNameAndPeopleButNotOwnershipOrVisibility() throws Exception {
        as(legalModerator, get("/forums/boards/" + legalBoard))
                .andExpect(content().string(containsString("/forums/boards/" + legalBoard + "/settings")));
        as(legalModerator, get("/forums/boards/" + legalBoard + "/settings"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"visibility\" value=\"RESTRICTED\""))));

        as(legalModerator, settings(legalBoard, "Legal corner", legal.id(), Visibility.RESTRICTED, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not who owns it or who can see it")));
        assertThat(boardColumn(legalBoard, "visibility")).isEqualTo("ORGANISATION");

        as(legalModerator, settings(legalBoard, "Legal corner", legal.id(), Visibility.ORGANISATION, ""))
                .andExpect(status().isFound());
        assertThat(boardColumn(legalBoard, "name")).isEqualTo("Legal corner");
        // emptying the moderators list keeps the one who saved it
        as(legalModerator, get("/forums/boards/" + legalBoard + "/settings")).andExpect(status().isOk());
    }

    @Test
    void othersMayNotChangeABoardsSettings() throws Exception {
        for (PersonSummary outsider : List.of(reader, lawyer, financeModerator, financeLead)) {
            as(outsider, get("/forums/boards/" + legalBoard + "/settings")).andExpect(status().isForbidden());
            as(outsider, settings(legalBoard, "Taken over", legal.id(), Visibility.ORGANISATION, ""))
                    .andExpect(status().isForbidden());
            as(outsider, get("/forums/boards/" + legalBoard))
                    .andExpect(content().string(not(containsString("/settings"))));
        }
        long department = testForums.board(legalLead, Visibility.DEPARTMENT, legal.id());
        as(financeLead, get("/forums/boards/" + department + "/settings")).andExpect(status().isNotFound());
        assertThat(boardColumn(legalBoard, "name")).isNotEqualTo("Taken over");

        as(curator, settings(legalBoard, "Curated", finance.id(), Visibility.ORGANISATION, ""))
                .andExpect(status().isFound());
        assertThat(boardColumn(legalBoard, "department_id")).isEqualTo(String.valueOf(finance.id()));
    }

    private AbstractMockHttpServletRequestBuilder<?> settings(
            long board, String name, long departmentId, Visibility visibility, String moderators) {
        return post("/forums/boards/" + board + "/settings")
                .param("name", name)
                .param("description", "Changed")
                .param("departmentId", String.valueOf(departmentId))
                .param("visibility", visibility.name())
                .param("members", "")
                .param("moderators", moderators)
                .with(csrf());
    }

    private ResultActions flag(PersonSummary person, long post, String reason, String note) throws Exception {
        return as(
                person,
                post("/forums/posts/" + post + "/flag")
                        .param("reason", reason)
                        .param("note", note)
                        .with(csrf()));
    }

    private long openFlags(long post) {
        return jdbc.sql("select count(*) from forum_flag where post_id = ? and resolved_at is null")
                .param(post)
                .query(Long.class)
                .single();
    }

    private long audited(String action, String targetType, long target) {
        return jdbc.sql("select count(*) from audit_event where action = ? and target_type = ? and target_id = ?")
                .params(action, targetType, target)
                .query(Long.class)
                .single();
    }

    private long boardOf(long thread) {
        return jdbc.sql("select board_id from forum_thread where id = ?")
                .param(thread)
                .query(Long.class)
                .single();
    }

    private String boardColumn(long board, String column) {
        return jdbc.sql("select " + column + "::text from forum_board where id = ?")
                .param(board)
                .query(String.class)
                .single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
