package org.agorahub.curation.web;

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

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.curation.domain.AdminOverview;
import org.agorahub.forum.TestForums;
import org.agorahub.forum.domain.FlagReason;
import org.agorahub.forum.domain.ModerationService;
import org.agorahub.library.TestLibraries;
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

/**
 * The admin home: who reaches it, what each sees, counts that follow the modules' own rules, and failed background
 * work that an admin (only) sends again.
 */
@AgoraTest
class AdminHomeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    @Autowired
    AdminOverview overview;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ModerationService moderation;

    DepartmentSummary department;
    PersonSummary admin;
    PersonSummary curator;
    PersonSummary member;

    @BeforeEach
    void people() {
        department = testPeople.department("Estates");
        admin = testPeople.person("Ada Admin", department, Role.ADMIN);
        curator = testPeople.person("Cy Curator", department, Role.CURATOR);
        member = testPeople.person("Mo Member", department);
    }

    @Test
    void membersAndLibraryManagersDoNotReachTheAdminHome() throws Exception {
        testLibraries.library(member, Visibility.ORGANISATION, null);
        mvc.perform(get("/admin").with(user(TestPeople.principal(member)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/background-work/retry").with(csrf()).with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
    }

    @Test
    void curatorsSeeTheQueuesAndIndexButNotPeopleAuditOrBackgroundWork() throws Exception {
        mvc.perform(get("/admin").with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/verification\"")))
                .andExpect(content().string(containsString("href=\"/forums/moderation\"")))
                .andExpect(content().string(containsString("unanswered for more than 7 days")))
                .andExpect(content().string(containsString("items in the search index")))
                .andExpect(content().string(containsString("href=\"/admin/imports\"")))
                .andExpect(content().string(containsString("href=\"/admin/skills\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/audit\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/people\""))))
                .andExpect(content().string(not(containsString("Failed background work"))));
    }

    @Test
    void adminsSeeEverything() throws Exception {
        mvc.perform(get("/admin").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/audit\"")))
                .andExpect(content().string(containsString("href=\"/admin/people\"")))
                .andExpect(content().string(containsString("href=\"/admin/departments\"")))
                .andExpect(content().string(containsString("Failed background work")));
    }

    @Test
    void documentCountsFollowWhatThePersonMayVerify() {
        PersonSummary manager = testPeople.person("Lib Manager", department);
        long library = testLibraries.library(manager, Visibility.ORGANISATION, null);
        var before = overview.overview(TestLibraries.user(admin)).review();
        long overdue = testLibraries.documentForReview(
                manager, library, "Fire drill", LocalDate.now().minusDays(3));
        long later = testLibraries.documentForReview(
                manager, library, "Lift rules", LocalDate.now().plusYears(1));
        testLibraries.reportOutdated(member, later, "New lifts");
        var after = overview.overview(TestLibraries.user(admin)).review();
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        assertThat(after.reportedOutdated() - before.reportedOutdated()).isEqualTo(1);
        assertThat(after.waiting() - before.waiting()).isEqualTo(2);
        assertThat(after.dueSoon() - before.dueSoon())
                .as("the reported document is marked for review; the overdue one counts as overdue only")
                .isEqualTo(1);
        assertThat(overview.overview(TestLibraries.user(curator)).review()).isEqualTo(after);
        assertThat(overdue).isPositive();
    }

    @Test
    void unansweredQuestionsCountOnlyWhenOlderThanAWeekAndOnBoardsTheCuratorSees() {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        var before = overview.overview(TestLibraries.user(curator)).oldUnansweredQuestions();
        long fresh = testForums.question(member, board, "Where is the key cupboard?", "Asked just now.");
        long old = testForums.question(member, board, "Who orders paper?", "Asked long ago.");
        jdbc.sql("update forum_thread set created_at = now() - interval '8 days' where id = ?")
                .param(old)
                .update();
        assertThat(overview.overview(TestLibraries.user(curator)).oldUnansweredQuestions() - before)
                .isEqualTo(1);
        assertThat(fresh).isNotEqualTo(old);
    }

    @Test
    void libraryAccessRequestsCountOnlyWhereTheViewerDecides() throws Exception {
        PersonSummary manager = testPeople.person("Lib Manager", department);
        PersonSummary asker = testPeople.person("Ask Er", testPeople.department("Elsewhere"));
        long managed = testLibraries.library(manager, Visibility.ORGANISATION, department.id());
        long curated = testLibraries.library(curator, Visibility.ORGANISATION, department.id());
        long adminBefore = overview.overview(TestLibraries.user(admin)).accessRequests();
        long curatorBefore = overview.overview(TestLibraries.user(curator)).accessRequests();

        mvc.perform(post("/libraries/" + managed + "/access")
                        .param("role", "CONTRIBUTOR")
                        .with(csrf())
                        .with(user(TestPeople.principal(asker))))
                .andExpect(redirectedUrl("/libraries/" + managed));
        assertThat(overview.overview(TestLibraries.user(admin)).accessRequests())
                .isEqualTo(adminBefore + 1);
        assertThat(overview.overview(TestLibraries.user(curator)).accessRequests())
                .as("a curator counts only the libraries they are a named manager of")
                .isEqualTo(curatorBefore);

        mvc.perform(post("/libraries/" + curated + "/access")
                        .param("role", "CONTRIBUTOR")
                        .with(csrf())
                        .with(user(TestPeople.principal(asker))))
                .andExpect(redirectedUrl("/libraries/" + curated));
        assertThat(overview.overview(TestLibraries.user(curator)).accessRequests())
                .isEqualTo(curatorBefore + 1);
        long adminNow = adminBefore + 2;
        assertThat(overview.overview(TestLibraries.user(admin)).accessRequests())
                .isEqualTo(adminNow);
        mvc.perform(get("/admin").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("href=\"/libraries/requests\"")))
                .andExpect(content()
                        .string(containsString(
                                adminNow == 1
                                        ? "1 library access request waiting"
                                        : adminNow + " library access requests waiting")));
        long curatorNow = curatorBefore + 1;
        mvc.perform(get("/admin").with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("href=\"/libraries/requests\"")))
                .andExpect(content()
                        .string(containsString(
                                curatorNow == 1
                                        ? "1 library access request waiting"
                                        : curatorNow + " library access requests waiting")));
    }

    @Test
    void reportedPostsCountOnTheAdminHome() throws Exception {
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long thread = testForums.question(member, board, "Is the canteen open?", "Asking for a friend.");
        long reply = testForums.reply(curator, thread, "Buy cheap watches here");
        long before = overview.overview(TestLibraries.user(curator)).flaggedPosts();
        moderation.flag(TestLibraries.user(member), reply, FlagReason.SPAM, null);
        assertThat(overview.overview(TestLibraries.user(curator)).flaggedPosts() - before)
                .isEqualTo(1);
        assertThat(overview.overview(TestLibraries.user(admin)).flaggedPosts()).isEqualTo(before + 1);
        mvc.perform(get("/admin").with(user(TestPeople.principal(curator))))
                .andExpect(content()
                        .string(containsString(
                                (before + 1 == 1 ? "1 reported forum post" : (before + 1) + " reported forum posts"))));
    }

    @Test
    void failedBackgroundWorkIsShownToAdminsAndRetriedByThemOnly() throws Exception {
        // a real piece of work that completed: publishing a document reindexes it in the background
        long document = testLibraries.textDocument(
                admin,
                testLibraries.library(admin, Visibility.ORGANISATION, null),
                "Boiler manual",
                "How to bleed radiators.",
                org.agorahub.library.Classification.OFFICIAL);
        String ofDocument = "%\"documentId\":" + document + "%";
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like ? and completion_date is not null""").param(ofDocument).query(Long.class).single() > 0);
        UUID stuck = UUID.randomUUID();
        // the same work again, as if the node running it had crashed an hour ago
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                select ?, listener_id, event_type, serialized_event, now() - interval '1 hour', null, 'PUBLISHED', 1
                from event_publication where serialized_event like ? and completion_date is not null limit 1
                """).params(stuck, ofDocument).update();

        mvc.perform(get("/admin").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("has not finished")))
                .andExpect(content().string(containsString("action=\"/admin/background-work/retry\"")));
        mvc.perform(get("/admin").with(user(TestPeople.principal(curator))))
                .andExpect(content().string(not(containsString("/admin/background-work/retry"))));
        mvc.perform(post("/admin/background-work/retry").with(csrf()).with(user(TestPeople.principal(curator))))
                .andExpect(status().isForbidden());
        assertThat(completed(stuck)).isFalse();

        mvc.perform(post("/admin/background-work/retry").with(csrf()).with(user(TestPeople.principal(admin))))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attributeExists("flash"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> completed(stuck));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'background.retried' and actor_id = ?")
                        .param(admin.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private boolean completed(UUID publication) {
        return jdbc.sql("select completion_date is not null from event_publication where id = ?")
                .param(publication)
                .query(Boolean.class)
                .single();
    }
}
