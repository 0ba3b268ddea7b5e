package org.agorahub.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.AgoraTest;
import org.agorahub.BrowserSession;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.domain.PersonService;
import org.agorahub.shared.audit.AuditLog;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in against a real LDAP server holding a council's directory. */
@AgoraTest
class LdapSignInTests extends SingleSignOnTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService people;

    @Autowired
    TestPeople testPeople;

    @Autowired
    AuditLog audit;

    @Autowired
    DirectorySync sync;

    @Autowired
    org.agorahub.shared.OncePerCluster once;

    @Autowired
    JdbcClient jdbc;

    private final TestDirectory directory = TestDirectory.get();

    @Test
    void theFirstSignInCreatesThePersonWithDepartmentTitleRolesAndManagerFromTheDirectory() throws Exception {
        mvc.perform(formLogin("/login").user("email", "hbrennan").password("ledger-and-ink-1"))
                .andExpect(authenticated().withUsername("helen.brennan@northshire.example"));

        mvc.perform(formLogin("/login").user("email", "aokafor").password("balance-sheet-42"))
                .andExpect(authenticated()
                        .withUsername("ada.okafor@northshire.example")
                        .withRoles("MEMBER", "CURATOR"))
                .andExpect(redirectedUrl("/"));

        PersonSummary ada = people.findByEmail("ada.okafor@northshire.example").orElseThrow();
        assertThat(ada.displayName()).isEqualTo("Ada Okafor");
        assertThat(ada.departmentName()).isEqualTo("Finance");
        assertThat(ada.jobTitle()).isEqualTo("Senior Accountant");
        assertThat(ada.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CURATOR);
        PersonSummary helen =
                people.findByEmail("helen.brennan@northshire.example").orElseThrow();
        assertThat(helen.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.DEPARTMENT_LEAD);
        assertThat(helen.departmentId()).isEqualTo(ada.departmentId());
        assertThat(managerOf(ada.id())).isEqualTo(helen.id());
        mvc.perform(get("/people/" + ada.id()).with(user(TestPeople.principal(ada))))
                .andExpect(content().string(Matchers.containsString("Manager")))
                .andExpect(content().string(Matchers.containsString("href=\"/people/" + helen.id() + "\"")));
        assertThat(audit.forTarget("person", ada.id(), 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("person.created");
            assertThat(e.detail()).contains("CURATOR").contains("ldap");
        });
    }

    @Test
    void theNextSignInFollowsTheDirectoryAndTakesAwayARoleWhoseGroupWasLeft() throws Exception {
        String uid = uid("planner");
        directory.addPerson(uid, "Priya Shah", uid + "@northshire.example", "Planning", "Planner", "site-visit-11");
        directory.join(uid, USERS);
        directory.join(uid, "Agora Curators");
        mvc.perform(formLogin("/login").user("email", uid).password("site-visit-11"))
                .andExpect(authenticated().withRoles("MEMBER", "CURATOR"));
        PersonSummary before = people.findByEmail(uid + "@northshire.example").orElseThrow();
        assertThat(before.departmentName()).isEqualTo("Planning");

        directory.replace(TestDirectory.personDn(uid), "ou", "Housing " + uid);
        directory.replace(TestDirectory.personDn(uid), "title", "Housing Officer");
        directory.leave(uid, "Agora Curators");
        mvc.perform(formLogin("/login").user("email", uid).password("site-visit-11"))
                .andExpect(authenticated().withRoles("MEMBER"));

        PersonSummary after = people.findByEmail(uid + "@northshire.example").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.departmentName()).isEqualTo("Housing " + uid);
        assertThat(after.jobTitle()).isEqualTo("Housing Officer");
        assertThat(after.roles()).containsExactly(Role.MEMBER);
        assertThat(audit.forTarget("person", after.id(), 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("person.roles.changed");
            assertThat(e.detail()).isEqualTo("[CURATOR, MEMBER] → [MEMBER] (ldap)");
        });
    }

    @Test
    void aSessionLosesARoleTheDirectoryTookAwayAtTheNextSync() throws Exception {
        String uid = uid("lead");
        directory.addPerson(
                uid, "Tom Reid", uid + "@northshire.example", "Libraries", "Branch Lead", "stacks-and-shelves");
        directory.join(uid, USERS);
        directory.join(uid, "Department Leads");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("email", uid).password("stacks-and-shelves"))
                .andExpect(authenticated().withRoles("MEMBER", "DEPARTMENT_LEAD"));
        // a lead is taken on to their department's dashboard
        session.perform(get("/dashboards")).andExpect(status().isFound());

        directory.leave(uid, "Department Leads");
        sync.run();

        session.perform(get("/dashboards")).andExpect(status().isForbidden());
    }

    @Test
    void aSyncWhileAnotherNodeIsSyncingChangesNothing() throws Exception {
        String leaver = uid("racer");
        directory.addPerson(leaver, "Rae Cole", leaver + "@northshire.example", "Finance", "Clerk", "gone-soon-99");
        directory.join(leaver, USERS);
        mvc.perform(formLogin("/login").user("email", leaver).password("gone-soon-99"))
                .andExpect(authenticated());
        directory.leave(leaver, USERS);
        directory.remove(leaver);

        try (var otherNode = once.hold("people.directory-sync").orElseThrow()) {
            assertThat(sync.run().skipped()).isTrue();
            assertThat(people.findByEmail(leaver + "@northshire.example")
                            .orElseThrow()
                            .active())
                    .isTrue();
        }

        assertThat(sync.run().skipped()).isFalse();
        assertThat(people.findByEmail(leaver + "@northshire.example")
                        .orElseThrow()
                        .active())
                .isFalse();
    }

    @Test
    void theSyncDeactivatesPeopleRemovedFromTheDirectoryButNeverLocalAccounts() throws Exception {
        String leaver = uid("leaver");
        String stayer = uid("stayer");
        directory.addPerson(leaver, "Lee Carter", leaver + "@northshire.example", "Finance", "Clerk", "last-day-today");
        directory.addPerson(stayer, "Sam Ortiz", stayer + "@northshire.example", "Finance", "Clerk", "here-to-stay-1");
        directory.join(leaver, USERS);
        directory.join(stayer, USERS);
        mvc.perform(formLogin("/login").user("email", leaver).password("last-day-today"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").user("email", stayer).password("here-to-stay-1"))
                .andExpect(authenticated());
        PersonSummary local = testPeople.person("Local Keeper");

        directory.leave(leaver, USERS);
        directory.remove(leaver);
        directory.replace(TestDirectory.personDn(stayer), "ou", "Audit " + stayer);
        sync.run();

        PersonSummary gone = people.findByEmail(leaver + "@northshire.example").orElseThrow();
        assertThat(gone.active()).isFalse();
        assertThat(audit.forTarget("person", gone.id(), 10))
                .anySatisfy(e -> assertThat(e.detail()).contains("no longer in the directory"));
        PersonSummary stays = people.findByEmail(stayer + "@northshire.example").orElseThrow();
        assertThat(stays.active()).isTrue();
        assertThat(stays.departmentName()).isEqualTo("Audit " + stayer);
        assertThat(people.findPerson(local.id()).orElseThrow().active()).isTrue();
        mvc.perform(formLogin("/login").user("email", leaver).password("last-day-today"))
                .andExpect(unauthenticated());
    }

    @Test
    void injectionInTheUserNameFindsNobodyAndCreatesNothing() throws Exception {
        long before = directoryPeople();
        for (String name : new String[] {"*)(uid=*", "*", "aokafor)(|(uid=*", "*)(|(objectClass=*", "\\2a"}) {
            mvc.perform(formLogin("/login").user("email", name).password("balance-sheet-42"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(directoryPeople()).isEqualTo(before);
    }

    @Test
    void aWrongOrEmptyDirectoryPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("email", "cmartin").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        // an LDAP bind without a password is an anonymous bind that many servers accept
        mvc.perform(formLogin("/login").user("email", "cmartin").password(""))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(people.findByEmail("chloe.martin@northshire.example")).isEmpty();
    }

    @Test
    void someoneOutsideTheAgoraGroupIsToldTheyAreNotAllowed() throws Exception {
        mvc.perform(formLogin("/login").user("email", "gkaur").password("dewey-decimal-300"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=not-allowed"));

        mvc.perform(get("/login?problem=not-allowed"))
                .andExpect(content().string(Matchers.containsString("Your account is not allowed to use Agora")));
        assertThat(people.findByEmail("gurpreet.kaur@northshire.example")).isEmpty();
    }

    /** Decided: no email, no account (nobody could reach them); no department, no account unless a fallback is set. */
    @Test
    void anEntryWithoutEmailOrDepartmentIsRefusedWithAReasonAndCreatesNothing() throws Exception {
        long before = directoryPeople();
        mvc.perform(formLogin("/login").user("email", "enoble").password("green-bin-monday"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=no-email"));
        mvc.perform(formLogin("/login").user("email", "fquinn").password("gantt-chart-9"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=no-department"));

        mvc.perform(get("/login?problem=no-department"))
                .andExpect(content().string(Matchers.containsString("names no department")));
        assertThat(people.findByEmail("fiona.quinn@northshire.example")).isEmpty();
        assertThat(directoryPeople()).isEqualTo(before);
    }

    @Test
    void whileTheDirectoryIsDownPeopleAreToldAndALocalAccountStillWorks() throws Exception {
        PersonSummary breakGlass = testPeople.person("Break Glass", Role.ADMIN);
        directory.stop();
        try {
            mvc.perform(formLogin("/login").user("email", "dpatel").password("root-of-trust-7"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?problem=unreachable"));
            mvc.perform(get("/login?problem=unreachable"))
                    .andExpect(content()
                            .string(Matchers.containsString(
                                    "The directory is unreachable — try again or use your local account.")));

            mvc.perform(formLogin("/login").user("email", breakGlass.email()).password(TestPeople.PASSWORD))
                    .andExpect(authenticated().withUsername(breakGlass.email()));
        } finally {
            directory.start();
        }
        mvc.perform(formLogin("/login").user("email", "dpatel").password("root-of-trust-7"))
                .andExpect(authenticated().withRoles("MEMBER", "ADMIN"));
    }

    @Test
    void theFirstDirectorySignInTakesOverTheLocalAccountWithTheSameEmail() throws Exception {
        String uid = uid("existing");
        PersonSummary local = people.createPerson(new org.agorahub.people.NewPerson(
                uid + "@northshire.example",
                "Old Name",
                null,
                testPeople.department("Old").id(),
                EnumSet.of(Role.MEMBER),
                TestPeople.PASSWORD));
        directory.addPerson(uid, "New Name", uid + "@northshire.example", "Legal", "Solicitor", "court-date-3");
        directory.join(uid, USERS);

        mvc.perform(formLogin("/login").user("email", uid).password("court-date-3"))
                .andExpect(authenticated());

        PersonSummary linked = people.findPerson(local.id()).orElseThrow();
        assertThat(linked.displayName()).isEqualTo("New Name");
        assertThat(linked.departmentName()).isEqualTo("Legal");
        assertThat(linked.roles()).isEqualTo(Set.of(Role.MEMBER));
    }

    @Test
    void someoneAnAdminDeactivatedIsNotLetBackInByTheDirectory() throws Exception {
        String uid = uid("paused");
        directory.addPerson(uid, "Pat Doyle", uid + "@northshire.example", "Finance", "Clerk", "on-leave-now-1");
        directory.join(uid, USERS);
        mvc.perform(formLogin("/login").user("email", uid).password("on-leave-now-1"))
                .andExpect(authenticated());
        PersonSummary pat = people.findByEmail(uid + "@northshire.example").orElseThrow();
        people.updatePerson(
                pat.id(), pat.email(), pat.displayName(), null, pat.departmentId(), Set.of(Role.MEMBER), false);

        mvc.perform(formLogin("/login").user("email", uid).password("on-leave-now-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=deactivated"));
        mvc.perform(get("/login?problem=deactivated"))
                .andExpect(content().string(Matchers.containsString("Your account is not active")));
        assertThat(people.findPerson(pat.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void directoryPeopleAreSentToTheDirectoryToChangeTheirPassword() throws Exception {
        String uid = uid("pwd");
        directory.addPerson(uid, "Kim Lowe", uid + "@northshire.example", "Finance", "Clerk", "directory-owned-1");
        directory.join(uid, USERS);
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("email", uid).password("directory-owned-1"))
                .andExpect(authenticated());

        session.perform(get("/account"))
                .andExpect(content().string(Matchers.containsString("your password is changed there")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"currentPassword\""))));
        session.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("currentPassword", "directory-owned-1")
                                .param("newPassword", "a new local password")
                                .param("confirmPassword", "a new local password"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("your password is changed there")));
    }

    @Test
    void theLoginPageOffersTheDirectoryFormAndTheProviderButton() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("Sign in with your Northshire account")))
                .andExpect(content().string(Matchers.containsString("href=\"/oauth2/authorization/northshire\"")))
                .andExpect(content().string(Matchers.containsString("User name")));
    }

    private Long managerOf(long personId) {
        return jdbc.sql("select manager_id from person where id = ?")
                .param(personId)
                .query(Long.class)
                .single();
    }

    private long directoryPeople() {
        return jdbc.sql("select count(*) from person where external_source = 'ldap'")
                .query(Long.class)
                .single();
    }

    private static String uid(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }
}
