package org.agorahub.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.AgoraTest;
import org.agorahub.BrowserSession;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.domain.PersonService;
import org.agorahub.shared.audit.AuditLog;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sign-in with a real OpenID Connect provider: the authorisation-code flow end to end, Agora's side through
 * MockMvc (as 127.0.0.1, the address registered with the provider), the provider's side over HTTP.
 */
@AgoraTest
class OidcSignInTests extends SingleSignOnTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonService people;

    @Autowired
    AuditLog audit;

    @Autowired
    org.agorahub.people.TestPeople testPeople;

    @Autowired
    JdbcClient jdbc;

    private final TestIdentityProvider provider = TestIdentityProvider.get();

    @AfterEach
    void behaveAgain() {
        provider.fault(TestIdentityProvider.Fault.NONE);
    }

    @Test
    void theFirstSignInCreatesThePersonFromTheTokenClaims() throws Exception {
        String user = user("mara", "Mara Lind", "Customer Services", "Team Leader", List.of("agora", "curators"));

        BrowserSession session = new BrowserSession(mvc);
        signIn(session, user)
                .andExpect(authenticated()
                        .withUsername(user + "@northshire.example")
                        .withRoles("MEMBER", "CURATOR"))
                .andExpect(redirectedUrl("/"));

        PersonSummary mara = people.findByEmail(user + "@northshire.example").orElseThrow();
        assertThat(mara.displayName()).isEqualTo("Mara Lind");
        assertThat(mara.departmentName()).isEqualTo("Customer Services");
        assertThat(mara.jobTitle()).isEqualTo("Team Leader");
        assertThat(mara.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CURATOR);
        assertThat(audit.forTarget("person", mara.id(), 10))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("person.created"));
        // the session is an ordinary Agora session: pages know who is signed in
        session.perform(get("/account"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mara Lind")));
    }

    @Test
    void theNextSignInFollowsTheProviderAndTakesAwayARoleWhoseGroupWasLeft() throws Exception {
        testPeople.person("Another Admin", Role.ADMIN);
        String user = user("omar", "Omar Haddad", "Housing", "Officer", List.of("agora", "admins"));
        signIn(new BrowserSession(mvc), user).andExpect(authenticated().withRoles("MEMBER", "ADMIN"));

        provider.setClaims(user, claims(user, "Omar Haddad", "Environmental Health", "Inspector", List.of("agora")));
        signIn(new BrowserSession(mvc), user).andExpect(authenticated().withRoles("MEMBER"));

        PersonSummary omar = people.findByEmail(user + "@northshire.example").orElseThrow();
        assertThat(omar.departmentName()).isEqualTo("Environmental Health");
        assertThat(omar.jobTitle()).isEqualTo("Inspector");
        assertThat(omar.roles()).containsExactly(Role.MEMBER);
        assertThat(countFor(user)).isEqualTo(1);
    }

    @Test
    void someoneOutsideTheAgoraGroupIsToldTheyAreNotAllowed() throws Exception {
        String user = user("nina", "Nina Volk", "Parks", "Ranger", List.of("parks"));

        signIn(new BrowserSession(mvc), user)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=not-allowed"));
        assertThat(countFor(user)).isZero();
    }

    @Test
    void aTokenWithoutEmailIsRefusedAndCreatesNothing() throws Exception {
        String user = user("noel", "Noel Grant", "Parks", "Ranger", List.of("agora"));
        Map<String, Object> withoutEmail = claims(user, "Noel Grant", "Parks", "Ranger", List.of("agora"));
        withoutEmail.remove("email");
        provider.setClaims(user, withoutEmail);

        signIn(new BrowserSession(mvc), user)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=no-email"));
        assertThat(countFor(user)).isZero();
    }

    @Test
    void anIdTokenForAnotherApplicationIsRefused() throws Exception {
        String user = user("iris", "Iris Bell", "Legal", "Paralegal", List.of("agora"));
        provider.fault(TestIdentityProvider.Fault.WRONG_AUDIENCE);

        signIn(new BrowserSession(mvc), user)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=provider"));
        assertThat(countFor(user)).isZero();
        mvc.perform(get("/login?problem=provider"))
                .andExpect(content().string(Matchers.containsString("could not be completed safely")));
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        String user = user("otto", "Otto Berg", "Legal", "Paralegal", List.of("agora"));
        provider.fault(TestIdentityProvider.Fault.EXPIRED);

        signIn(new BrowserSession(mvc), user)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=provider"));
        assertThat(countFor(user)).isZero();
    }

    @Test
    void aReplayedCallbackIsRefused() throws Exception {
        String user = user("rhea", "Rhea Moss", "Legal", "Clerk", List.of("agora"));
        BrowserSession session = new BrowserSession(mvc);
        String callback = callback(session, user);
        session.perform(get(URI.create(callback))).andExpect(authenticated());

        // the same code and state again: in another browser, and in the same one
        new BrowserSession(mvc)
                .perform(get(URI.create(callback)))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=provider"));
        session.perform(get(URI.create(callback))).andExpect(redirectedUrl("/login?problem=provider"));
        assertThat(countFor(user)).isEqualTo(1);
    }

    @Test
    void aStateThatAgoraNeverIssuedIsRefused() throws Exception {
        String user = user("saul", "Saul Frey", "Legal", "Clerk", List.of("agora"));
        BrowserSession session = new BrowserSession(mvc);
        String callback = callback(session, user);
        String forged = callback.replaceAll("state=[^&]+", "state=forged");

        session.perform(get(URI.create(forged)))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?problem=provider"));
        assertThat(countFor(user)).isZero();
    }

    /** A user at the provider, in its "agora" group or not; returns their user name. */
    private String user(String name, String displayName, String department, String title, List<String> groups) {
        String user = name + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        provider.addUser(user, "provider-password", claims(user, displayName, department, title, groups));
        return user;
    }

    private static Map<String, Object> claims(
            String user, String displayName, String department, String title, List<String> groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", user + "@northshire.example");
        claims.put("name", displayName);
        claims.put("department", department);
        claims.put("job_title", title);
        claims.put("groups", groups);
        return claims;
    }

    private ResultActions signIn(BrowserSession session, String user) throws Exception {
        return session.perform(get(URI.create(callback(session, user))));
    }

    /** Starts at Agora's button, signs in at the provider and returns the address it sends the browser back to. */
    private String callback(BrowserSession session, String user) throws Exception {
        MvcResult start = session.perform(get(
                        URI.create("http://127.0.0.1/oauth2/authorization/" + TestIdentityProvider.REGISTRATION_ID)))
                .andExpect(status().isFound())
                .andReturn();
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(provider.issuer());
        String callback = provider.signIn(authorize, user, "provider-password");
        assertThat(callback).startsWith("http://127.0.0.1/login/oauth2/code/" + TestIdentityProvider.REGISTRATION_ID);
        return callback;
    }

    private long countFor(String user) {
        return jdbc.sql("select count(*) from person where lower(email) = ?")
                .param(user + "@northshire.example")
                .query(Long.class)
                .single();
    }
}
