package org.agorahub.people.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.agorahub.AgoraTest;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Local passwords switched off: only the directory (and the provider) sign people in. */
@AgoraTest
@TestPropertySource(
        properties = {"agora.auth.local.enabled=false", "agora.security.remember-me-key=" + LocalSignInOffTests.KEY})
class LocalSignInOffTests extends SingleSignOnTestSupport {

    static final String KEY = "remember-me-key-for-local-sign-in-off-tests";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    org.agorahub.people.domain.PersonService people;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

    @Test
    void aLocalPasswordNoLongerSignsAnyoneIn() throws Exception {
        PersonSummary admin = testPeople.person("Local Admin", Role.ADMIN);

        mvc.perform(formLogin("/login").user("email", admin.email()).password(TestPeople.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        // nor HTTP Basic on the metrics
        mvc.perform(get("/actuator/metrics")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(admin.email(), TestPeople.PASSWORD)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isUnauthorized());
    }

    @Test
    void aRememberMeCookieALocalAccountGotBeforeNoLongerSignsItIn() throws Exception {
        PersonSummary local = testPeople.person("Remembered Local");
        mvc.perform(formLogin("/login").user("email", "hbrennan").password("ledger-and-ink-1"))
                .andExpect(authenticated());
        PersonSummary directoryPerson =
                people.findByEmail("helen.brennan@northshire.example").orElseThrow();

        // what a browser kept from before the switch, signed with the same key
        mvc.perform(get("/").cookie(rememberMe(local.email()))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(rememberMe(directoryPerson.email())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
    }

    private jakarta.servlet.http.Cookie rememberMe(String email) {
        var services = new org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices(
                KEY, userDetailsService);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setParameter("remember-me", "true");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        var details = userDetailsService.loadUserByUsername(email);
        services.loginSuccess(
                request,
                response,
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        details, null, details.getAuthorities()));
        return response.getCookie("remember-me");
    }

    @Test
    void theDirectoryStillDoesAndTheLoginPageNoLongerMentionsLocalAccounts() throws Exception {
        mvc.perform(formLogin("/login").user("email", "cmartin").password("zoning-map-2026"))
                .andExpect(authenticated().withUsername("chloe.martin@northshire.example"));

        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("Your organisation user name and password")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("local Agora account"))));
        mvc.perform(get("/login?problem=unreachable"))
                .andExpect(content().string(Matchers.containsString("The directory is unreachable")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("use your local account"))));
    }
}
