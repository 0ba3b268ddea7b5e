package org.agorahub.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.agorahub.AgoraTest;
import org.agorahub.BrowserSession;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AgoraTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    PersonService people;

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }

    @Test
    void aPersonSignsInWithEmailAndPassword() throws Exception {
        PersonSummary ann = testPeople.person("Ann Example");

        mvc.perform(formLogin("/login").user("email", ann.email()).password(TestPeople.PASSWORD))
                .andExpect(authenticated().withUsername(ann.email()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void emailIsMatchedWhateverItsCase() throws Exception {
        PersonSummary ann = testPeople.person("Cased Example");

        mvc.perform(formLogin("/login").user("email", ann.email().toUpperCase()).password(TestPeople.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void afterSigningInYouReturnToThePageYouAskedFor() throws Exception {
        PersonSummary ann = testPeople.person("Return Example");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(get("/account")).andExpect(redirectedUrl("/login"));

        session.perform(post("/login")
                        .param("email", ann.email())
                        .param("password", TestPeople.PASSWORD)
                        .with(csrf()))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("http://localhost/account?continue"));
    }

    @Test
    void aWrongPasswordFailsWithAMessageAndKeepsTheEmail() throws Exception {
        PersonSummary ann = testPeople.person("Wrong Example");

        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("email", ann.email()).password("not it"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        session.perform(get("/login?error"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign-in failed")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + ann.email() + "\"")));
    }

    @Test
    void aDeactivatedPersonCannotSignIn() throws Exception {
        PersonSummary gone = testPeople.person("Gone Example");
        people.updatePerson(
                gone.id(), gone.email(), gone.displayName(), null, gone.departmentId(), Set.of(Role.MEMBER), false);

        mvc.perform(formLogin("/login").user("email", gone.email()).password(TestPeople.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void deactivationEndsASessionThatIsAlreadySignedIn() throws Exception {
        PersonSummary soon = testPeople.person("Soon Gone");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("email", soon.email()).password(TestPeople.PASSWORD))
                .andExpect(authenticated());
        session.perform(get("/")).andExpect(status().isOk());

        people.updatePerson(
                soon.id(), soon.email(), soon.displayName(), null, soon.departmentId(), Set.of(Role.MEMBER), false);

        session.perform(get("/")).andExpect(redirectedUrl("/login?deactivated"));
    }

    @Test
    void aRoleGivenByAnAdminAppliesWithoutSigningInAgain() throws Exception {
        PersonSummary ann = testPeople.person("Promoted Example");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("email", ann.email()).password(TestPeople.PASSWORD));
        session.perform(get("/admin")).andExpect(status().isForbidden());

        people.updatePerson(
                ann.id(), ann.email(), ann.displayName(), null, ann.departmentId(), Set.of(Role.ADMIN), true);

        session.perform(get("/admin")).andExpect(status().isOk());
    }

    @Test
    void repeatedFailuresPauseSignInEvenWithTheRightPassword() throws Exception {
        PersonSummary ann = testPeople.person("Locked Example");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("email", ann.email()).password("guess " + i))
                    .andExpect(unauthenticated());
        }

        mvc.perform(formLogin("/login").user("email", ann.email()).password(TestPeople.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void lockOutLooksTheSameForNamesWithoutAnAccount() throws Exception {
        PersonSummary real = testPeople.person("Real Example");
        String unknown = "nobody." + real.id() + "@test.example";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("email", real.email()).password("guess"));
            mvc.perform(formLogin("/login").user("email", unknown).password("guess"));
        }

        MvcResult forReal = mvc.perform(
                        formLogin("/login").user("email", real.email()).password("guess"))
                .andReturn();
        MvcResult forUnknown = mvc.perform(
                        formLogin("/login").user("email", unknown).password("guess"))
                .andReturn();

        assertThat(forUnknown.getResponse().getStatus())
                .isEqualTo(forReal.getResponse().getStatus());
        assertThat(forUnknown.getResponse().getRedirectedUrl())
                .isEqualTo(forReal.getResponse().getRedirectedUrl());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        PersonSummary ann = testPeople.person("Leaving Example");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user("email", ann.email()).password(TestPeople.PASSWORD));
        session.perform(get("/")).andExpect(status().isOk());

        session.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));

        session.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        PersonSummary ann = testPeople.person("Csrf Example");

        mvc.perform(post("/account/password")
                        .with(user(TestPeople.principal(ann)))
                        .param("currentPassword", TestPeople.PASSWORD)
                        .param("newPassword", "another long password")
                        .param("confirmPassword", "another long password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeadersWithAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
    }

    @Test
    void passwordsNeverReachTheRequestLog(CapturedOutput output) throws Exception {
        PersonSummary ann = testPeople.person("Logged Example");
        String secret = "an unmistakable secret " + ann.id();

        mvc.perform(formLogin("/login").user("email", ann.email()).password(secret));

        assertThat(output).contains("POST /login 302");
        assertThat(output).doesNotContain(secret);
    }
}
