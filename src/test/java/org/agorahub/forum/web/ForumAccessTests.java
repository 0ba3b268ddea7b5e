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
 * Who sees and does what in the forums. A board someone may not see does not exist for them: its pages, threads
 * and actions answer 404 and it is missing from lists and counts. Things they see but may not do answer 403.
 */
@AgoraTest
class ForumAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary legal;
    DepartmentSummary finance;
    PersonSummary legalLead;
    PersonSummary lawyer;
    PersonSummary colleague;
    PersonSummary accountant;

    @BeforeEach
    void setUp() {
        legal = testPeople.department("Legal");
        finance = testPeople.department("Finance");
        legalLead = testPeople.person("Lou Legal-Lead", legal, Role.DEPARTMENT_LEAD);
        lawyer = testPeople.person("Lena Lawyer", legal);
        colleague = testPeople.person("Colin Colleague", legal);
        accountant = testPeople.person("Abe Accountant", finance);
    }

    @Test
    void aDepartmentBoardDoesNotExistForOtherDepartments() throws Exception {
        long board = testForums.board(legalLead, Visibility.DEPARTMENT, legal.id());
        String title = "Litigation hold " + UUID.randomUUID();
        long thread = testForums.question(lawyer, board, title, "When does a hold start?");
        long reply = testForums.reply(colleague, thread, "When litigation is likely.");

        as(colleague, get("/forums/boards/" + board)).andExpect(status().isOk());
        as(colleague, get("/forums/threads/" + thread))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        assertThat(listedOnHome(colleague, board)).isTrue();

        as(accountant, get("/forums")).andExpect(status().isOk());
        assertThat(listedOnHome(accountant, board)).isFalse();
        as(accountant, get("/forums/boards/" + board)).andExpect(status().isNotFound());
        as(accountant, get("/forums/boards/" + board + "/threads/new")).andExpect(status().isNotFound());
        as(accountant, get("/forums/threads/" + thread)).andExpect(status().isNotFound());
        as(accountant, get("/forums/threads/" + thread + "?quote=" + reply)).andExpect(status().isNotFound());
        as(accountant, get("/forums/unanswered?board=" + board)).andExpect(status().isNotFound());
        as(accountant, get("/forums/unanswered")).andExpect(content().string(not(containsString(title))));
        as(
                        accountant,
                        post("/forums/boards/" + board + "/threads/new")
                                .param("kind", "DISCUSSION")
                                .param("title", "Sneaky")
                                .param("body", "Hello")
                                .with(csrf()))
                .andExpect(status().isNotFound());
        as(
                        accountant,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Let me in")
                                .with(csrf()))
                .andExpect(status().isNotFound());
        as(accountant, post("/forums/posts/" + reply + "/accept").with(csrf())).andExpect(status().isNotFound());
        as(accountant, post("/forums/posts/" + reply + "/delete").with(csrf())).andExpect(status().isNotFound());
        as(
                        accountant,
                        post("/forums/posts/" + reply + "/vote")
                                .param("value", "up")
                                .with(csrf()))
                .andExpect(status().isNotFound());
        as(accountant, get("/forums/posts/" + reply + "/edit")).andExpect(status().isNotFound());
        as(accountant, get("/forums/posts/" + reply + "/history")).andExpect(status().isNotFound());
        as(accountant, post("/forums/threads/" + thread + "/lock").with(csrf())).andExpect(status().isNotFound());

        long replies = jdbc.sql("select count(*) from forum_post where thread_id = ?")
                .param(thread)
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(replies)
                .as("nothing was posted")
                .isEqualTo(2);
    }

    @Test
    void aRestrictedBoardIsOnlyForItsNamedMembers() throws Exception {
        PersonSummary named = testPeople.person("Nora Named", finance);
        long board = testForums.board(legalLead, Visibility.RESTRICTED, legal.id(), named);
        long thread = testForums.discussion(legalLead, board, "Restructuring", "Confidential plans.");

        // the same department as the creator, but not named: nothing
        as(lawyer, get("/forums/boards/" + board)).andExpect(status().isNotFound());
        as(lawyer, get("/forums/threads/" + thread)).andExpect(status().isNotFound());
        as(
                        lawyer,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Hi")
                                .with(csrf()))
                .andExpect(status().isNotFound());
        as(lawyer, get("/forums"))
                .andExpect(content().string(not(containsString("href=\"/forums/boards/" + board + "\""))));

        as(named, get("/forums/boards/" + board)).andExpect(status().isOk());
        as(named, get("/forums/threads/" + thread)).andExpect(status().isOk());
        as(
                        named,
                        post("/forums/threads/" + thread + "/replies")
                                .param("body", "Noted.")
                                .with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void nobodyEditsOrDeletesSomeoneElsesPostExceptModeratorsDeleting() throws Exception {
        long board = testForums.board(legalLead, Visibility.ORGANISATION, legal.id());
        long thread = testForums.discussion(lawyer, board, "Office move", "We move in May.");
        long reply = testForums.reply(colleague, thread, "Which floor?");

        as(accountant, get("/forums/posts/" + reply + "/edit")).andExpect(status().isForbidden());
        as(
                        accountant,
                        post("/forums/posts/" + reply + "/edit")
                                .param("body", "Hacked")
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(accountant, post("/forums/posts/" + reply + "/delete").with(csrf())).andExpect(status().isForbidden());
        as(lawyer, post("/forums/posts/" + reply + "/delete").with(csrf())).andExpect(status().isForbidden());
        // moderators delete, but never put words in someone's mouth
        as(
                        legalLead,
                        post("/forums/posts/" + reply + "/edit")
                                .param("body", "Edited by lead")
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(accountant, post("/forums/threads/" + thread + "/lock").with(csrf())).andExpect(status().isForbidden());
        as(accountant, post("/forums/threads/" + thread + "/delete").with(csrf()))
                .andExpect(status().isForbidden());

        as(accountant, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("Which floor?")))
                .andExpect(content().string(not(containsString("/forums/posts/" + reply + "/edit"))))
                .andExpect(content().string(not(containsString("/forums/posts/" + reply + "/delete"))));

        as(legalLead, post("/forums/posts/" + reply + "/delete").with(csrf())).andExpect(status().isFound());
        as(accountant, get("/forums/threads/" + thread))
                .andExpect(content().string(not(containsString("Which floor?"))));
    }

    @Test
    void onlyTheAskerOrAModeratorAcceptsAnAnswer() throws Exception {
        long board = testForums.board(legalLead, Visibility.ORGANISATION, legal.id());
        long thread = testForums.question(lawyer, board, "Retention period for contracts?", "How long?");
        long answer = testForums.reply(accountant, thread, "Seven years after the end.");

        as(colleague, post("/forums/posts/" + answer + "/accept").with(csrf())).andExpect(status().isForbidden());
        as(accountant, post("/forums/posts/" + answer + "/accept").with(csrf())).andExpect(status().isForbidden());
        as(colleague, get("/forums/threads/" + thread))
                .andExpect(content().string(not(containsString("/forums/posts/" + answer + "/accept"))));
        as(lawyer, get("/forums/threads/" + thread))
                .andExpect(content().string(containsString("/forums/posts/" + answer + "/accept")));

        Long accepted = jdbc.sql("select accepted_post_id from forum_thread where id = ?")
                .param(thread)
                .query(Long.class)
                .optional()
                .orElse(null);
        org.assertj.core.api.Assertions.assertThat(accepted).isNull();
    }

    @Test
    void onlyAdminsCuratorsAndLeadsForTheirDepartmentCreateBoards() throws Exception {
        as(lawyer, get("/forums")).andExpect(content().string(not(containsString("/forums/boards/new"))));
        as(lawyer, get("/forums/boards/new")).andExpect(status().isForbidden());
        as(
                        lawyer,
                        post("/forums/boards/new")
                                .param("name", "My board")
                                .param("visibility", "ORGANISATION")
                                .with(csrf()))
                .andExpect(status().isForbidden());

        as(legalLead, get("/forums/boards/new")).andExpect(status().isOk());
        as(
                        legalLead,
                        post("/forums/boards/new")
                                .param("name", "Finance chat")
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("visibility", "DEPARTMENT")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You can create boards for your own department only")))
                .andExpect(content().string(containsString("value=\"Finance chat\"")));

        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        as(
                        curator,
                        post("/forums/boards/new")
                                .param("name", "Finance chat")
                                .param("departmentId", String.valueOf(finance.id()))
                                .param("visibility", "DEPARTMENT")
                                .with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void unknownPeopleNamedOnABoardAreShownBesideTheField() throws Exception {
        as(
                        legalLead,
                        post("/forums/boards/new")
                                .param("name", "Named board")
                                .param("departmentId", String.valueOf(legal.id()))
                                .param("visibility", "RESTRICTED")
                                .param("members", lawyer.email() + ", nobody@nowhere.example")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no active account with nobody@nowhere.example")));
    }

    @Test
    void curatorsSeeAndModerateEveryBoard() throws Exception {
        PersonSummary curator = testPeople.person("Cato Curator", finance, Role.CURATOR);
        long board = testForums.board(legalLead, Visibility.RESTRICTED, legal.id());
        long thread = testForums.discussion(legalLead, board, "Private", "Only us.");

        as(curator, get("/forums/threads/" + thread))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lock thread")));
    }

    /**
     * Whether the board is listed on any page of the person's forum home: other test classes share this database
     * and add boards, so it may be on a later page.
     */
    private boolean listedOnHome(PersonSummary person, long board) throws Exception {
        for (int page = 0; page < 50; page++) {
            String home = as(person, get("/forums").param("page", String.valueOf(page)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (home.contains("href=\"/forums/boards/" + board + "\"")) {
                return true;
            }
        }
        return false;
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
