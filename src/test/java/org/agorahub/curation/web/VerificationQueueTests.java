package org.agorahub.curation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import java.time.LocalDate;
import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.curation.domain.Verification;
import org.agorahub.curation.domain.Verification.BulkAction;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.ReviewQueueFilter;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The verification queue as curators, library managers and members meet it: what is listed (only libraries the
 * person may verify in), the filters, and bulk actions that change every selected document or none, each audited.
 */
@AgoraTest
class VerificationQueueTests {

    private static final LocalDate LAST_MONTH = LocalDate.now().minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    LibraryApi libraries;

    @Autowired
    PersonService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Verification verification;

    DepartmentSummary department;
    PersonSummary curator;
    PersonSummary manager;
    PersonSummary otherManager;
    PersonSummary member;
    long library;
    long otherLibrary;
    long overdue;
    long reported;
    long notDue;
    long othersOverdue;

    @BeforeEach
    void documents() {
        department = testPeople.department("Records");
        curator = testPeople.person("Cora Curator", department, Role.CURATOR);
        manager = testPeople.person("Mana Manager", department);
        otherManager = testPeople.person("Otto Other", department);
        member = testPeople.person("Mem Ber", department);
        library = testLibraries.library(manager, Visibility.ORGANISATION, null);
        otherLibrary = testLibraries.library(otherManager, Visibility.RESTRICTED, null);
        overdue = testLibraries.documentForReview(manager, library, "Retention schedule", LAST_MONTH);
        reported = testLibraries.documentForReview(
                manager, library, "Leave policy", LocalDate.now().plusYears(1));
        testLibraries.reportOutdated(member, reported, "The leave year changed in April");
        notDue = testLibraries.documentForReview(
                manager, library, "Office map", LocalDate.now().plusYears(1));
        othersOverdue = testLibraries.documentForReview(otherManager, otherLibrary, "Secret rota", LAST_MONTH);
    }

    @Test
    void membersWhoVerifyNothingAreRefused() throws Exception {
        mvc.perform(get("/admin/verification").with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(bulk(member, "VERIFY", overdue)).andExpect(status().isForbidden());
        assertThat(statusOf(overdue)).isEqualTo("PUBLISHED");
    }

    @Test
    void aCuratorSeesOverdueAndReportedDocumentsButNotThoseNotDue() throws Exception {
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Retention schedule")))
                .andExpect(content().string(containsString("Leave policy")))
                .andExpect(content().string(containsString("Reported once")))
                .andExpect(content().string(not(containsString("Office map"))))
                .andExpect(content().string(containsString("2 documents")));
    }

    @Test
    void theQueueHoldsOnlyLibrariesThePersonMayVerifyIn() throws Exception {
        mvc.perform(get("/admin/verification").with(user(TestPeople.principal(manager))))
                .andExpect(status().isForbidden());
        assertThat(libraries
                        .reviewQueue(TestLibraries.user(manager), ReviewQueueFilter.all(), PageRequest.of(0, 50))
                        .getContent())
                .extracting(item -> item.title())
                .containsExactlyInAnyOrder("Retention schedule", "Leave policy");
        assertThat(libraries.reviewQueueLibraries(TestLibraries.user(manager))).containsOnlyKeys(library);
        var counts = libraries.reviewCounts(TestLibraries.user(manager));
        assertThat(counts.waiting()).isEqualTo(2);
        assertThat(counts.overdue()).isEqualTo(1);
        assertThat(counts.reportedOutdated()).isEqualTo(1);
        assertThat(libraries.reviewCounts(TestLibraries.user(curator)).waiting())
                .as("a curator verifies in every library")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBulkActionIncludingADocumentThePersonMayNotVerifyChangesNothing() throws Exception {
        assertThatThrownBy(() -> verification.apply(
                        TestLibraries.user(manager), BulkAction.VERIFY, List.of(overdue, othersOverdue), null))
                .isInstanceOf(RuntimeException.class);
        assertThat(statusOf(overdue)).isEqualTo("PUBLISHED");
        assertThat(statusOf(othersOverdue)).isEqualTo("PUBLISHED");
        assertThat(audited(overdue, "document.verified")).isZero();
        jdbc.sql("update document set deleted_at = now() where id = ?")
                .param(notDue)
                .update();
        mvc.perform(bulk(curator, "MARK_OBSOLETE", overdue, notDue))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("One of the selected documents is no longer there")));
        assertThat(statusOf(overdue)).isEqualTo("PUBLISHED");
    }

    @Test
    void bulkVerifyVerifiesEachSelectedDocumentAndAuditsEach() throws Exception {
        mvc.perform(bulk(curator, "VERIFY", overdue, reported).param("library", String.valueOf(library)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/verification?library=" + library))
                .andExpect(flash().attributeExists("flash"));
        assertThat(statusOf(overdue)).isEqualTo("VERIFIED");
        assertThat(statusOf(reported)).isEqualTo("VERIFIED");
        assertThat(audited(overdue, "document.verified")).isEqualTo(1);
        assertThat(audited(reported, "document.verified")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document_report where document_id = ? and resolved_at is null")
                        .param(reported)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("No documents")));
    }

    @Test
    void markingObsoleteTakesDocumentsOutOfTheQueueAndIsAudited() throws Exception {
        mvc.perform(bulk(curator, "MARK_OBSOLETE", overdue)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(overdue)).isEqualTo("OBSOLETE");
        assertThat(jdbc.sql("select detail from audit_event where target_type = 'document' and target_id = ?"
                                + " and action = 'document.status.changed'")
                        .param(overdue)
                        .query(String.class)
                        .list())
                .containsExactly("OBSOLETE");
        assertThat(libraries
                        .reviewQueue(TestLibraries.user(manager), ReviewQueueFilter.all(), PageRequest.of(0, 50))
                        .getContent())
                .extracting(item -> item.documentId())
                .containsExactly(reported);
    }

    @Test
    void handingOverToADeactivatedPersonIsRefusedWithAClearMessage() throws Exception {
        PersonSummary leaver = testPeople.person("Lee Leaver", department);
        people.updatePerson(
                leaver.id(),
                leaver.email(),
                leaver.displayName(),
                leaver.jobTitle(),
                leaver.departmentId(),
                leaver.roles(),
                false);
        mvc.perform(bulk(curator, "REASSIGN", overdue, reported).param("newOwner", leaver.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That account is deactivated")))
                .andExpect(content().string(containsString("value=\"" + leaver.email() + "\"")));
        assertThat(owner(overdue)).isEqualTo(manager.id());
        assertThat(owner(reported)).isEqualTo(manager.id());

        mvc.perform(bulk(curator, "REASSIGN", overdue).param("newOwner", "nobody.at.all@test.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody has the email address nobody.at.all@test.example")));
        assertThat(owner(overdue)).isEqualTo(manager.id());
    }

    @Test
    void handingOverGivesEachDocumentTheNewOwnerAndAuditsEach() throws Exception {
        PersonSummary successor = testPeople.person("Sue Successor", department);
        mvc.perform(bulk(curator, "REASSIGN", overdue, reported).param("newOwner", successor.email()))
                .andExpect(status().is3xxRedirection());
        assertThat(owner(overdue)).isEqualTo(successor.id());
        assertThat(owner(reported)).isEqualTo(successor.id());
        assertThat(audited(overdue, "document.owner.changed")).isEqualTo(1);
        assertThat(audited(reported, "document.owner.changed")).isEqualTo(1);
        mvc.perform(get("/admin/verification")
                        .param("owner", String.valueOf(successor.id()))
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Retention schedule")))
                .andExpect(content().string(containsString("2 documents")));
    }

    @Test
    void nothingSelectedOrNoActionIsExplained() throws Exception {
        mvc.perform(post("/admin/verification")
                        .param("action", "VERIFY")
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select at least one document.")));
        mvc.perform(post("/admin/verification")
                        .param("documentIds", String.valueOf(overdue))
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what to do with the selected documents.")))
                .andExpect(content().string(containsString("checked")));
        assertThat(statusOf(overdue)).isEqualTo("PUBLISHED");
    }

    @Test
    void filtersNarrowTheQueue() throws Exception {
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .param("reason", "REPORTED")
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Leave policy")))
                .andExpect(content().string(not(containsString("Retention schedule"))));
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .param("reason", "DUE")
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Leave policy")))
                .andExpect(content().string(not(containsString("Retention schedule"))));
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .param("dueBy", LocalDate.now().toString())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Retention schedule")))
                .andExpect(content().string(not(containsString("Leave policy"))));
        DepartmentSummary elsewhere = testPeople.department("Elsewhere");
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .param("department", String.valueOf(elsewhere.id()))
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(not(containsString("Retention schedule"))));
        mvc.perform(get("/admin/verification")
                        .param("library", String.valueOf(library))
                        .param("department", String.valueOf(department.id()))
                        .with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("Retention schedule")));
        mvc.perform(get("/admin/verification").param("dueBy", "not a date").with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A filter could not be read and was left out")));
    }

    private MockHttpServletRequestBuilder bulk(PersonSummary person, String action, Long... ids) {
        return post("/admin/verification")
                .param("action", action)
                .param("documentIds", List.of(ids).stream().map(String::valueOf).toArray(String[]::new))
                .with(csrf())
                .with(user(TestPeople.principal(person)));
    }

    private String statusOf(long documentId) {
        return jdbc.sql("select status from document where id = ?")
                .param(documentId)
                .query(String.class)
                .single();
    }

    private long owner(long documentId) {
        return jdbc.sql("select owner_id from document where id = ?")
                .param(documentId)
                .query(Long.class)
                .single();
    }

    private long audited(long documentId, String action) {
        return jdbc.sql(
                        "select count(*) from audit_event where target_type = 'document' and target_id = ? and action = ?")
                .params(documentId, action)
                .query(Long.class)
                .single();
    }
}
