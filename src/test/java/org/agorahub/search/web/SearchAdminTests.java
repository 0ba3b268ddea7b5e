package org.agorahub.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.domain.SearchIndexHealth;
import org.agorahub.search.domain.SearchIndexRebuild;
import org.agorahub.shared.audit.AuditLog;
import org.agorahub.shared.web.Flash;
import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search index page against a real database and a real Lucene index: counts, a rebuild that really refills
 * an emptied index, one rebuild at a time, the audit trail, and no access for plain members.
 *
 * <p>Waiting is done on the rebuild's state, never on the clock. To catch a rebuild while it runs, a test holds
 * an exclusive lock on the table of document versions (which the indexer reads for each document's text) from a
 * connection of its own: the rebuild counts the documents, then waits at the first one until the lock goes.
 */
@AgoraTest
class SearchAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    SearchIndexHealth health;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    AuditLog audit;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary policy;
    PersonSummary admin;
    PersonSummary curator;
    PersonSummary member;

    @BeforeEach
    void setUp() {
        policy = testPeople.department("Policy");
        admin = testPeople.person("Ada Admin", policy, Role.ADMIN);
        curator = testPeople.person("Cora Curator", policy, Role.CURATOR);
        member = testPeople.person("Max Member", policy);
    }

    @AfterEach
    void noRebuildLeftRunning() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.isRunning());
    }

    @Test
    void adminsAndCuratorsSeeDocumentsInTheDatabaseAndInTheIndex() throws Exception {
        long library = testLibraries.library(admin, Visibility.ORGANISATION, policy.id());
        testLibraries.textDocument(admin, library, "Counted", "Counted text.", Classification.OFFICIAL);
        long inDatabase = health.inDatabase(); // documents and forum threads
        long inIndex = health.indexedDocuments();

        for (PersonSummary person : List.of(admin, curator)) {
            mvc.perform(get("/admin/search").with(user(TestPeople.principal(person))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<h1>Search index</h1>")))
                    .andExpect(content()
                            .string(containsString(
                                    "<dt>Documents, forum threads and people in the database</dt>\n                    <dd>"
                                            + inDatabase + "</dd>")))
                    .andExpect(content().string(containsString("<span>" + inIndex + "</span>")))
                    .andExpect(content()
                            .string(
                                    health.health().sizeBytes() == null // a remote index (OpenSearch) has no size here
                                            ? not(containsString("Size on disk"))
                                            : containsString("Size on disk")))
                    .andExpect(content().string(containsString("Rebuild the index")))
                    .andExpect(content().string(not(containsString("hx-trigger"))));
        }
        mvc.perform(get("/admin").with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("href=\"/admin/search\"")));
    }

    @Test
    void membersMayNeitherSeeThePageNorStartARebuild() throws Exception {
        UserDetails principal = TestPeople.principal(member);
        int auditEntries = audit.forTargetType("search-index", 1000).size();

        mvc.perform(get("/admin/search").with(user(principal))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/search/status").with(user(principal))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/rebuild").with(user(principal)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(rebuild.isRunning()).isFalse();
        assertThat(audit.forTargetType("search-index", 1000)).hasSize(auditEntries);
    }

    @Test
    void aRebuildWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/search/rebuild").with(user(TestPeople.principal(admin))))
                .andExpect(status().isForbidden());
        assertThat(rebuild.isRunning()).isFalse();
    }

    @Test
    void aRebuildRefillsAnEmptiedIndexAndIsAudited() throws Exception {
        String word = "zqrebuild" + System.nanoTime();
        long library = testLibraries.library(admin, Visibility.RESTRICTED, policy.id());
        testLibraries.textDocument(
                admin, library, "Archived minutes", "The " + word + " minutes.", Classification.OFFICIAL);
        waitForEventDrivenIndexing();
        Search.mapping(entityManagerFactory)
                .scope(Object.class) // documents, threads and people
                .schemaManager()
                .dropAndCreate(); // an empty index (works on both backends; OpenSearch's integ-test build cannot purge)
        assertThat(health.indexedDocuments()).isZero();
        mvc.perform(get("/search").param("q", word).with(user(TestPeople.principal(admin))))
                .andExpect(content().string(not(containsString("Archived minutes"))));

        mvc.perform(post("/admin/search/rebuild")
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/search"))
                .andExpect(flash().attributeExists("flash"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.isRunning());

        assertThat(health.indexedDocuments()).isEqualTo(health.inDatabase());
        mvc.perform(get("/search").param("q", word).with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("Archived minutes")));
        mvc.perform(get("/search").param("q", word).with(user(TestPeople.principal(member))))
                .andExpect(content().string(not(containsString("Archived minutes")))); // trimming rebuilt too

        List<AuditLog.Entry> entries = audit.forTargetType("search-index", 2);
        assertThat(entries)
                .extracting(AuditLog.Entry::action)
                .containsExactly("search.index.rebuild.finished", "search.index.rebuild.started");
        assertThat(entries).extracting(AuditLog.Entry::actorId).containsOnly(admin.id());
        assertThat(entries.get(0).detail()).matches("\\d+ documents");

        mvc.perform(get("/admin/search").with(user(TestPeople.principal(admin))))
                .andExpect(content()
                        .string(allOf(
                                containsString("started by Ada Admin"),
                                containsString(entries.get(0).detail() + " indexed"),
                                not(containsString("does not hold the same documents")))));
        mvc.perform(get("/admin/audit").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("search.index.rebuild.finished")));
    }

    @Test
    void whileARebuildRunsThePageShowsItsProgressAndASecondRebuildIsRefused() throws Exception {
        long library = testLibraries.library(admin, Visibility.ORGANISATION, policy.id());
        testLibraries.textDocument(admin, library, "Progress", "Progress text.", Classification.OFFICIAL);
        waitForEventDrivenIndexing();
        int started = started();

        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table document_version in access exclusive mode");
            }
            mvc.perform(post("/admin/search/rebuild")
                            .with(user(TestPeople.principal(admin)))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/admin/search"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> rebuild.progress().map(p -> p.total() > 0).orElse(false));
            long documents = rebuild.progress().orElseThrow().total();

            mvc.perform(get("/admin/search").with(user(TestPeople.principal(curator))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Rebuilding the index")))
                    .andExpect(content().string(containsString("<progress")))
                    .andExpect(content().string(containsString("max=\"" + documents + "\" value=\"0\"")))
                    .andExpect(content().string(containsString("0 of " + documents + " documents")))
                    .andExpect(content().string(containsString("by Ada Admin.")))
                    .andExpect(content().string(containsString("hx-get=\"/admin/search/status\"")))
                    .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                    .andExpect(content().string(containsString(">Refresh</a>")))
                    .andExpect(content().string(containsString("disabled")));
            mvc.perform(get("/admin/search/status").with(user(TestPeople.principal(admin))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("0 of " + documents + " documents")))
                    .andExpect(content().string(not(containsString("<html"))));

            Object refusal = mvc.perform(post("/admin/search/rebuild")
                            .with(user(TestPeople.principal(curator)))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/admin/search"))
                    .andReturn()
                    .getFlashMap()
                    .get("flash");
            assertThat(refusal).isInstanceOf(Flash.Message.class);
            assertThat(((Flash.Message) refusal).key()).isEqualTo("search.admin.alreadyRunning");
            assertThat(rebuild.isRunning()).isTrue();
            lock.rollback();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.isRunning());
        assertThat(started()).as("one rebuild, not two").isEqualTo(started + 1);
        assertThat(audit.forTargetType("search-index", 1))
                .extracting(AuditLog.Entry::action)
                .containsExactly("search.index.rebuild.finished");
        mvc.perform(get("/admin/search/status").with(user(TestPeople.principal(admin))))
                .andExpect(status().is(SearchAdminController.HTMX_STOP_POLLING))
                .andExpect(content().string(containsString("The rebuild has finished.")))
                .andExpect(content().string(containsString("hx-swap-oob")));
    }

    private int started() {
        return (int) audit.forTargetType("search-index", 10_000).stream()
                .filter(e -> e.action().equals("search.index.rebuild.started"))
                .count();
    }

    /** Reindexing triggered by events runs after commit; let it finish so it cannot refill a purged index. */
    private void waitForEventDrivenIndexing() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    @Test
    void aRebuildRunningOnAnotherNodeShowsHereAndRefusesASecondUntilThatNodeFallsSilent() throws Exception {
        // another node's rebuild, as it records itself in the shared row: started by the admin, 40 of 100 done
        jdbc.sql("""
                update search_index_rebuild
                   set running_node = 'node-b', actor_id = :actor, reason = 'test', started_at = now(),
                       heartbeat_at = now(), total = 100, indexed = 40
                 where id = 1
                """).param("actor", admin.id()).update();
        try {
            mvc.perform(get("/admin/search").with(user(TestPeople.principal(curator))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Rebuilding the index")))
                    .andExpect(content().string(containsString("40 of 100 documents")))
                    .andExpect(content().string(containsString("by Ada Admin.")));
            int started = started();
            Object refusal = mvc.perform(post("/admin/search/rebuild")
                            .with(user(TestPeople.principal(admin)))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/admin/search"))
                    .andReturn()
                    .getFlashMap()
                    .get("flash");
            assertThat(((Flash.Message) refusal).key()).isEqualTo("search.admin.alreadyRunning");
            assertThat(started()).as("nothing started here").isEqualTo(started);

            // that node died: its last word is older than the claim's lapse, so the page no longer shows it
            // and a rebuild may start here
            jdbc.sql("update search_index_rebuild set heartbeat_at = now() - interval '10 minutes' where id = 1")
                    .update();
            mvc.perform(get("/admin/search").with(user(TestPeople.principal(curator))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Rebuilding the index"))));
            assertThat(rebuild.start(admin.id(), "after node-b died")).isTrue();
        } finally {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.isRunning());
            jdbc.sql("update search_index_rebuild set running_node = null where id = 1")
                    .update();
        }
    }
}
