package org.agorahub.library.web;

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

import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.LibraryService;
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
 * Asking a library's managers for access and their answers: only libraries the person can already see can be asked
 * about (any other answers 404 without its name), one request waits per person and library, approving adds the
 * membership (the requester then opens what members open), declining leaves everything closed, and only those who
 * manage the library answer.
 */
@AgoraTest
class AccessRequestTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    LibraryService libraries;

    @Autowired
    LibraryApi libraryApi;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary legal;
    DepartmentSummary finance;
    PersonSummary lawyer;
    PersonSummary colleague;
    PersonSummary accountant;
    PersonSummary bystander;

    @BeforeEach
    void setUp() {
        legal = testPeople.department("Legal");
        finance = testPeople.department("Finance");
        lawyer = testPeople.person("Lena Lawyer", legal);
        colleague = testPeople.person("Colin Colleague", legal);
        accountant = testPeople.person("Abe Accountant", finance);
        bystander = testPeople.person("Bea Bystander", finance);
    }

    @Test
    void anApprovedReaderOpensTheDocumentsForMembersOnly() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        long sensitive = testLibraries.textDocument(
                lawyer, library, "Settlement strategy", "Our walk-away figure.", Classification.OFFICIAL_SENSITIVE);
        as(accountant, get("/documents/" + sensitive)).andExpect(status().isNotFound());
        as(accountant, get("/libraries/" + library))
                .andExpect(content().string(containsString("href=\"/libraries/" + library + "/access\"")));

        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "READER")
                                .param("message", "I audit the settlement accounts.")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library))
                .andExpect(flash().attributeExists("flash"));
        as(accountant, get("/libraries/" + library))
                .andExpect(content().string(containsString("The library’s managers have not answered yet")))
                .andExpect(content().string(not(containsString("href=\"/libraries/" + library + "/access\""))));

        long request = pendingRequest(library, accountant);
        as(lawyer, get("/libraries/requests"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Abe Accountant")))
                .andExpect(content().string(containsString("I audit the settlement accounts.")))
                .andExpect(content().string(containsString("/libraries/requests/" + request + "/approve")));
        as(lawyer, get("/libraries/" + library + "/settings"))
                .andExpect(content().string(containsString("I audit the settlement accounts.")));
        as(lawyer, get("/libraries/" + library))
                .andExpect(content().string(containsString("1 person asks for access to this library")));

        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "READER")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/requests"))
                .andExpect(flash().attributeExists("flash"));

        as(accountant, get("/documents/" + sensitive)).andExpect(status().isOk());
        as(accountant, get("/documents/" + sensitive + "/download")).andExpect(status().isOk());
        as(accountant, get("/libraries/" + library))
                .andExpect(content().string(containsString("Settlement strategy")))
                .andExpect(content().string(containsString("Your role: Reader")));
        as(accountant, get("/libraries/requests")).andExpect(content().string(containsString("Approved as Reader")));
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(lawyer)))
                .isZero();
        assertThat(audited(library, "library.access.requested")).isEqualTo(1);
        assertThat(audited(library, "library.access.approved")).isEqualTo(1);
        assertThat(audited(library, "library.member.set")).isEqualTo(1);

        // answering again: a clear message, and nothing changes
        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "MANAGER")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This request has already been answered")));
        as(lawyer, post("/libraries/requests/" + request + "/decline").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This request has already been answered")));
        assertThat(namedRole(library, accountant)).isEqualTo("READER");
        assertThat(audited(library, "library.access.declined")).isZero();
    }

    @Test
    void aNamedReaderAsksToContributeAndTheManagerChoosesTheRole() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        libraries.setMember(TestLibraries.user(lawyer), library, accountant.id(), LibraryRole.READER);
        as(accountant, get("/libraries/" + library + "/upload")).andExpect(status().isForbidden());
        as(accountant, get("/libraries/" + library + "/access"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CONTRIBUTOR\"")))
                .andExpect(content().string(not(containsString("value=\"READER\""))));

        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        long request = pendingRequest(library, accountant);
        as(lawyer, get("/libraries/requests/" + request + "?back=settings"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"CONTRIBUTOR\" selected=\"selected\"")));
        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "MANAGER")
                                .param("back", "settings")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library + "/settings"));

        as(accountant, get("/libraries/" + library + "/upload")).andExpect(status().isOk());
        as(accountant, get("/libraries/" + library + "/settings")).andExpect(status().isOk());
        as(accountant, get("/libraries/" + library + "/access"))
                .andExpect(content().string(containsString("You already have all the access you can ask for")));
    }

    @Test
    void aDeclinedRequesterStaysOutAndIsNoLongerCounted() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        long before = libraryApi.countAccessRequestsWaiting(TestLibraries.user(lawyer));
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        long request = pendingRequest(library, accountant);
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(lawyer)))
                .isEqualTo(before + 1);

        String longReason = "x".repeat(501);
        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/decline")
                                .param("reason", longReason)
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep it to 500 characters or fewer.")))
                .andExpect(content().string(containsString(longReason)));
        assertThat(requestStatus(request)).isEqualTo("PENDING");

        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/decline")
                                .param("reason", "Only Legal staff edit these templates.")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/requests"));

        assertThat(requestStatus(request)).isEqualTo("DECLINED");
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(lawyer)))
                .isEqualTo(before);
        as(accountant, get("/libraries/" + library + "/upload")).andExpect(status().isForbidden());
        as(accountant, get("/libraries/" + library))
                .andExpect(content().string(containsString("was declined")))
                .andExpect(content().string(containsString("Only Legal staff edit these templates.")));
        as(accountant, get("/libraries/requests"))
                .andExpect(content().string(containsString("Declined on")))
                .andExpect(content().string(containsString("Only Legal staff edit these templates.")));
        assertThat(namedRole(library, accountant)).isNull();
        assertThat(audited(library, "library.access.declined")).isEqualTo(1);

        // after a decline the person may ask again
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
    }

    @Test
    void aSecondRequestIsRefusedWithTheTextKept() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "READER")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .param("message", "Asking again, louder.")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have already asked for access to this library")))
                .andExpect(content().string(containsString("Asking again, louder.")));
        assertThat(requests(library, accountant)).isEqualTo(1);
    }

    @Test
    void badInputAndAccessAlreadyHeldAreRefusedWithNothingStored() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        String longMessage = "y".repeat(501);
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "READER")
                                .param("message", longMessage)
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep it to 500 characters or fewer.")))
                .andExpect(content().string(containsString(longMessage)));
        as(accountant, post("/libraries/" + library + "/access").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the access you need.")));
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "MANAGER")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the access you need.")));
        // a member of the owning department contributes already
        as(
                        colleague,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You already have this access to the library.")));
        as(colleague, get("/libraries/" + library))
                .andExpect(content().string(not(containsString("/libraries/" + library + "/access"))));
        assertThat(requests(library, accountant) + requests(library, colleague)).isZero();
    }

    @Test
    void aLibraryThePersonCannotSeeCannotBeAskedAbout() throws Exception {
        long secret = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        long department = testLibraries.library(lawyer, Visibility.DEPARTMENT, legal.id());
        String secretName =
                libraries.library(TestLibraries.user(lawyer), secret).name();
        String departmentName =
                libraries.library(TestLibraries.user(lawyer), department).name();

        for (long library : new long[] {secret, department, 999_999_999L}) {
            as(accountant, get("/libraries/" + library + "/access"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(secretName))))
                    .andExpect(content().string(not(containsString(departmentName))));
            as(
                            accountant,
                            post("/libraries/" + library + "/access")
                                    .param("role", "READER")
                                    .param("message", "Let me in")
                                    .with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(secretName))))
                    .andExpect(content().string(not(containsString(departmentName))));
            assertThat(requests(library, accountant)).isZero();
        }
    }

    @Test
    void onlyThoseWhoManageTheLibraryAnswer() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "READER")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        long request = pendingRequest(library, accountant);

        // a contributor who can see the library but does not manage it
        as(colleague, get("/libraries/requests"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Abe Accountant"))))
                .andExpect(content().string(containsString("No requests wait for your answer.")));
        as(colleague, get("/libraries/requests/" + request)).andExpect(status().isForbidden());
        as(
                        colleague,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "MANAGER")
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(colleague, post("/libraries/requests/" + request + "/decline").with(csrf()))
                .andExpect(status().isForbidden());
        // the requester cannot answer their own request
        as(
                        accountant,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "MANAGER")
                                .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(requestStatus(request)).isEqualTo("PENDING");
        assertThat(namedRole(library, accountant)).isNull();
        assertThat(namedRole(library, colleague)).isNull();

        // a request in a library the person cannot see does not exist for them
        long secret = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        libraries.setMember(TestLibraries.user(lawyer), secret, accountant.id(), LibraryRole.READER);
        as(
                        accountant,
                        post("/libraries/" + secret + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + secret));
        long hidden = pendingRequest(secret, accountant);
        as(bystander, get("/libraries/requests/" + hidden)).andExpect(status().isNotFound());
        as(bystander, post("/libraries/requests/" + hidden + "/decline").with(csrf()))
                .andExpect(status().isNotFound());
        as(bystander, get("/libraries/requests/999999999")).andExpect(status().isNotFound());
        assertThat(requestStatus(hidden)).isEqualTo("PENDING");
    }

    @Test
    void aDeactivatedRequesterCannotBeApproved() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        as(
                        bystander,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        long request = pendingRequest(library, bystander);
        jdbc.sql("update person set active = false where id = ?")
                .param(bystander.id())
                .update();

        as(lawyer, get("/libraries/requests"))
                .andExpect(content().string(containsString("Deactivated")))
                .andExpect(content().string(not(containsString("/libraries/requests/" + request + "/approve"))));
        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("account is deactivated")));
        assertThat(requestStatus(request)).isEqualTo("PENDING");
        assertThat(namedRole(library, bystander)).isNull();

        as(lawyer, post("/libraries/requests/" + request + "/decline").with(csrf()))
                .andExpect(redirectedUrl("/libraries/requests"));
        assertThat(requestStatus(request)).isEqualTo("DECLINED");
    }

    @Test
    void approvingSomeoneWhoHasSinceBeenGivenTheAccessChangesNothing() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "READER")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        long request = pendingRequest(library, accountant);
        libraries.setMember(TestLibraries.user(lawyer), library, accountant.id(), LibraryRole.CONTRIBUTOR);

        as(
                        lawyer,
                        post("/libraries/requests/" + request + "/approve")
                                .param("role", "READER")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already has this access")));
        assertThat(namedRole(library, accountant)).isEqualTo("CONTRIBUTOR");
        assertThat(requestStatus(request)).isEqualTo("PENDING");
    }

    @Test
    void curatorsAndAdminsCountOnlyWhatTheyAnswerFor() throws Exception {
        PersonSummary admin = testPeople.person("Ada Admin", finance, Role.ADMIN);
        PersonSummary curator = testPeople.person("Cy Curator", finance, Role.CURATOR);
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        long curated = testLibraries.library(curator, Visibility.ORGANISATION, finance.id());
        long adminBefore = libraryApi.countAccessRequestsWaiting(TestLibraries.user(admin));
        long curatorBefore = libraryApi.countAccessRequestsWaiting(TestLibraries.user(curator));

        as(
                        accountant,
                        post("/libraries/" + library + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + library));
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(admin)))
                .isEqualTo(adminBefore + 1);
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(curator)))
                .as("a curator is asked only about the libraries they are a named manager of")
                .isEqualTo(curatorBefore);
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(colleague)))
                .isZero();

        as(
                        lawyer,
                        post("/libraries/" + curated + "/access")
                                .param("role", "CONTRIBUTOR")
                                .with(csrf()))
                .andExpect(redirectedUrl("/libraries/" + curated));
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(curator)))
                .isEqualTo(curatorBefore + 1);
        assertThat(libraryApi.countAccessRequestsWaiting(TestLibraries.user(admin)))
                .isEqualTo(adminBefore + 2);
        as(admin, get("/libraries/requests"))
                .andExpect(
                        content().string(containsString("/libraries/requests/" + pendingRequest(library, accountant))));
    }

    private long pendingRequest(long library, PersonSummary person) {
        return jdbc.sql("select id from library_access_request where library_id = ? and person_id = ?"
                        + " and status = 'PENDING'")
                .params(library, person.id())
                .query(Long.class)
                .single();
    }

    private long requests(long library, PersonSummary person) {
        return jdbc.sql("select count(*) from library_access_request where library_id = ? and person_id = ?")
                .params(library, person.id())
                .query(Long.class)
                .single();
    }

    private String requestStatus(long request) {
        return jdbc.sql("select status from library_access_request where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private String namedRole(long library, PersonSummary person) {
        return jdbc.sql("select role from library_member where library_id = ? and person_id = ?")
                .params(library, person.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long audited(long library, String action) {
        return jdbc.sql(
                        "select count(*) from audit_event where target_type = 'library' and target_id = ? and action = ?")
                .params(library, action)
                .query(Long.class)
                .single();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
