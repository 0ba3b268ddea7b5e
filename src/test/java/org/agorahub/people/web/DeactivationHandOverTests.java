package org.agorahub.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.HandOverRefusedException;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.HandOverService;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Deactivating a leaver: their documents, libraries and boards pass to a successor first, all or nothing. */
@AgoraTest
class DeactivationHandOverTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    @Autowired
    PersonService people;

    @Autowired
    HandOverService handOver;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    DepartmentSummary department;
    PersonSummary admin;
    PersonSummary leaver;
    PersonSummary successor;
    long library;
    long firstDocument;
    long secondDocument;
    long board;

    @BeforeEach
    void setUp() {
        department = testPeople.department("Legal");
        admin = testPeople.person("Ada Admin", department, Role.ADMIN);
        leaver = testPeople.person("Lee Leaver", department, Role.CURATOR);
        successor = testPeople.person("Sue Successor", department);
        library = testLibraries.library(leaver, Visibility.ORGANISATION, null);
        firstDocument = testLibraries.textDocument(
                leaver, library, "Contract templates", "The templates we use.", Classification.OFFICIAL);
        secondDocument = testLibraries.textDocument(
                leaver, library, "Signing policy", "Who signs what.", Classification.OFFICIAL);
        board = testForums.moderatedBoard(admin, Visibility.ORGANISATION, null, leaver);
    }

    @Test
    void theHandOverPageShowsWhatTheLeaverHolds() throws Exception {
        mvc.perform(get("/admin/people/" + leaver.id() + "/deactivate").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deactivate Lee Leaver")))
                .andExpect(content().string(containsString("2 documents they own")))
                .andExpect(content().string(containsString("1 library they manage")))
                .andExpect(content().string(containsString("1 forum board they moderate")))
                .andExpect(content().string(containsString("New owner’s email address")));
    }

    @Test
    void handingOverMovesEverythingDeactivatesTheLeaverAndAuditsEachMove() throws Exception {
        mvc.perform(deactivate(admin, leaver)
                        .param("successorEmail", successor.email().toUpperCase()))
                .andExpect(redirectedUrl("/admin/people"));

        assertThat(people.findPerson(leaver.id()).orElseThrow().active()).isFalse();
        assertThat(owner(firstDocument)).isEqualTo(successor.id());
        assertThat(owner(secondDocument)).isEqualTo(successor.id());
        assertThat(libraryRole(successor)).containsExactly("MANAGER");
        assertThat(libraryRole(leaver)).isEmpty();
        assertThat(boardRole(successor)).containsExactly("MODERATOR");
        assertThat(boardRole(leaver)).isEmpty();
        assertThat(audited("document.owner.changed", "document", firstDocument)).isEqualTo(1);
        assertThat(audited("document.owner.changed", "document", secondDocument))
                .isEqualTo(1);
        assertThat(audited("library.manager.handedOver", "library", library)).isEqualTo(1);
        assertThat(audited("forum.board.moderator.handedOver", "forum_board", board))
                .isEqualTo(1);
        assertThat(audited("person.deactivated", "person", leaver.id())).isEqualTo(1);
        assertThat(handOver.holdings(leaver.id())).isEmpty();
    }

    @Test
    void aHandOverToNobodyUnknownDeactivatedOrTheLeaverIsRefusedAndChangesNothing() throws Exception {
        PersonSummary gone = testPeople.person("Gus Gone", department);
        people.updatePerson(
                gone.id(), gone.email(), gone.displayName(), null, gone.departmentId(), gone.roles(), false);

        expectRefusal("", "Enter the email address of who takes over.");
        expectRefusal("nobody.here@test.example", "Nobody has the email address nobody.here@test.example.");
        expectRefusal(gone.email(), "Gus Gone’s account is deactivated: choose an active person.");
        expectRefusal(leaver.email(), "Choose someone other than the person leaving.");

        assertThat(people.findPerson(leaver.id()).orElseThrow().active()).isTrue();
        assertThat(owner(firstDocument)).isEqualTo(leaver.id());
        assertThat(libraryRole(leaver)).containsExactly("MANAGER");
        assertThat(boardRole(leaver)).containsExactly("MODERATOR");
        assertThat(audited("document.owner.changed", "document", firstDocument)).isZero();
        assertThat(audited("person.deactivated", "person", leaver.id())).isZero();
    }

    @Test
    void someoneWhoHoldsNothingIsDeactivatedWithoutASuccessor() throws Exception {
        PersonSummary quiet = testPeople.person("Quinn Quiet", department);
        mvc.perform(get("/admin/people/" + quiet.id() + "/deactivate").with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString("so nothing needs handing over")));

        mvc.perform(deactivate(admin, quiet)).andExpect(redirectedUrl("/admin/people"));

        assertThat(people.findPerson(quiet.id()).orElseThrow().active()).isFalse();
        assertThat(audited("person.deactivated", "person", quiet.id())).isEqualTo(1);
    }

    @Test
    void theEditFormSendsAHolderToTheHandOverInsteadOfDeactivatingThem() throws Exception {
        mvc.perform(post("/admin/people/" + leaver.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", leaver.displayName())
                        .param("email", leaver.email())
                        .param("departmentId", String.valueOf(leaver.departmentId()))
                        .param("roles", "CURATOR")
                        .param("active", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("use “Deactivate with hand-over”")));

        assertThat(people.findPerson(leaver.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void anAdminCannotHandOverAndDeactivateThemself() throws Exception {
        mvc.perform(deactivate(admin, admin).param("successorEmail", successor.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot deactivate your own account")));
        assertThat(people.findPerson(admin.id()).orElseThrow().active()).isTrue();
        assertThat(boardRole(successor)).isEmpty();
    }

    @Test
    void curatorsAndMembersAreDeniedTheHandOverAndChangeNothing() throws Exception {
        PersonSummary curator = testPeople.person("Cal Curator", department, Role.CURATOR);
        for (PersonSummary denied : List.of(curator, successor)) {
            mvc.perform(get("/admin/people/" + leaver.id() + "/deactivate").with(user(TestPeople.principal(denied))))
                    .andExpect(status().isForbidden());
            mvc.perform(deactivate(denied, leaver).param("successorEmail", denied.email()))
                    .andExpect(status().isForbidden());
        }
        assertThat(people.findPerson(leaver.id()).orElseThrow().active()).isTrue();
        assertThat(owner(firstDocument)).isEqualTo(leaver.id());
        assertThat(boardRole(leaver)).containsExactly("MODERATOR");
    }

    /**
     * Only possible when every other admin is gone: in a transaction of this test's own that is rolled back at its
     * end, so the shared database keeps its admins.
     */
    @Test
    void theLastActiveAdminCanNeitherBeDeactivatedNorLoseTheRole() {
        PersonSummary other = testPeople.person("Olga Other", department, Role.ADMIN);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("""
                    update person set active = false
                    where id <> ? and id in (select person_id from person_role where role = 'ADMIN')
                    """).param(admin.id()).update();

            assertThatThrownBy(() -> people.updatePerson(
                            other.id(),
                            admin.id(),
                            admin.email(),
                            admin.displayName(),
                            null,
                            admin.departmentId(),
                            Set.of(Role.MEMBER),
                            true,
                            null,
                            null))
                    .isInstanceOf(HandOverRefusedException.class)
                    .hasMessage("admin.people.lastAdmin");
            assertThatThrownBy(() -> handOver.deactivate(TestLibraries.user(other), admin.id(), successor.email()))
                    .isInstanceOf(HandOverRefusedException.class)
                    .hasMessage("admin.people.lastAdmin");
            assertThat(people.findPerson(admin.id()).orElseThrow().roles()).contains(Role.ADMIN);
            assertThat(people.findPerson(admin.id()).orElseThrow().active()).isTrue();
            assertThat(audited("person.roles.changed", "person", admin.id())).isZero();
            status.setRollbackOnly();
        });
        assertThat(people.findPerson(other.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void roleChangesAreAuditedWithTheRolesBeforeAndAfter() throws Exception {
        mvc.perform(post("/admin/people/" + successor.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", successor.displayName())
                        .param("email", successor.email())
                        .param("departmentId", String.valueOf(successor.departmentId()))
                        .param("roles", "CURATOR")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/people"));

        assertThat(jdbc.sql("""
                        select actor_id, detail from audit_event
                        where action = 'person.roles.changed' and target_type = 'person' and target_id = ?
                        """)
                        .param(successor.id())
                        .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2))
                        .list())
                .containsExactly(admin.id() + " [MEMBER] → [CURATOR, MEMBER]");

        // saving again without a change of role adds nothing
        mvc.perform(post("/admin/people/" + successor.id())
                        .with(user(TestPeople.principal(admin)))
                        .with(csrf())
                        .param("displayName", successor.displayName())
                        .param("email", successor.email())
                        .param("departmentId", String.valueOf(successor.departmentId()))
                        .param("roles", "CURATOR")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/people"));
        assertThat(audited("person.roles.changed", "person", successor.id())).isEqualTo(1);
    }

    private void expectRefusal(String email, String message) throws Exception {
        mvc.perform(deactivate(admin, leaver).param("successorEmail", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("2 documents they own")));
    }

    private MockHttpServletRequestBuilder deactivate(PersonSummary actor, PersonSummary target) {
        return post("/admin/people/" + target.id() + "/deactivate")
                .with(user(TestPeople.principal(actor)))
                .with(csrf());
    }

    private long owner(long documentId) {
        return jdbc.sql("select owner_id from document where id = ?")
                .param(documentId)
                .query(Long.class)
                .single();
    }

    private List<String> libraryRole(PersonSummary person) {
        return jdbc.sql("select role from library_member where library_id = ? and person_id = ?")
                .params(library, person.id())
                .query(String.class)
                .list();
    }

    private List<String> boardRole(PersonSummary person) {
        return jdbc.sql("select role from forum_board_member where board_id = ? and person_id = ?")
                .params(board, person.id())
                .query(String.class)
                .list();
    }

    private long audited(String action, String targetType, long targetId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and target_type = ? and target_id = ?")
                .params(action, targetType, targetId)
                .query(Long.class)
                .single();
    }
}
