package org.agorahub.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agorahub.AgoraTest;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in PostgreSQL: every request here carries nothing but the {@code SESSION} cookie (no MockMvc session
 * object), so whatever it remembers was read back from the database, as another node would. The cookie's attributes
 * are checked against the real server in {@code ServedPagesTests} (MockMvc has no embedded server, so Spring Boot
 * takes the cookie settings from the mock servlet context there).
 */
@AgoraTest
class SharedSessionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInThroughTheFormGivesACookieThatAnyRequestCanBeSignedInWith() throws Exception {
        PersonSummary ann = testPeople.person("Shared Session");

        Cookie session = signIn(ann);

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ann.displayName())));
        assertThat(jdbc.sql("select principal_name, max_inactive_interval from spring_session where session_id = ?")
                        .param(sessionId(session))
                        .query((rs, row) -> rs.getString(1) + " " + rs.getInt(2))
                        .single())
                .isEqualTo(ann.email() + " " + 8 * 60 * 60);
    }

    @Test
    void aCookieNobodySignedInWithIsNotSignedIn() throws Exception {
        Cookie anonymous = sessionCookie(mvc.perform(get("/login")).andReturn());

        mvc.perform(get("/account").cookie(anonymous)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(new Cookie("SESSION", "bm90LWEtc2Vzc2lvbg")))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingInGivesANewSessionIdSoTheCookieFromBeforeIsNotSignedIn() throws Exception {
        PersonSummary ann = testPeople.person("Fixation Session");
        MvcResult form = mvc.perform(get("/login")).andReturn();
        Cookie before = sessionCookie(form);

        MvcResult signedIn = mvc.perform(post("/login")
                        .cookie(before)
                        .param("email", ann.email())
                        .param("password", TestPeople.PASSWORD)
                        .param("_csrf", csrfToken(form)))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie after = sessionCookie(signedIn);

        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/account").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(before)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void afterSigningInYouReturnToThePageYouAskedForOnTheStrengthOfTheCookieAlone() throws Exception {
        PersonSummary ann = testPeople.person("Saved Request");
        Cookie asked = sessionCookie(
                mvc.perform(get("/account")).andExpect(redirectedUrl("/login")).andReturn());
        MvcResult form = mvc.perform(get("/login").cookie(asked)).andReturn();

        mvc.perform(post("/login")
                        .cookie(asked)
                        .param("email", ann.email())
                        .param("password", TestPeople.PASSWORD)
                        .param("_csrf", csrfToken(form)))
                .andExpect(redirectedUrl("http://localhost/account?continue"));
    }

    @Test
    void signingOutEndsTheSessionForEveryNode() throws Exception {
        PersonSummary ann = testPeople.person("Leaving Session");
        Cookie session = signIn(ann);
        String id = sessionId(session);

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFlashMessageSurvivesTheRedirect() throws Exception {
        PersonSummary ann = testPeople.person("Flash Session");
        Cookie session = signIn(ann);

        mvc.perform(post("/notifications/read").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));

        mvc.perform(get("/notifications").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("All your notifications are marked as read.")));
        // shown once
        mvc.perform(get("/notifications").cookie(session))
                .andExpect(content().string(not(containsString("All your notifications are marked as read."))));
    }

    @Test
    void aSessionAnOlderVersionWroteThatCannotBeReadAsksToSignInAgainInsteadOfFailing() throws Exception {
        PersonSummary ann = testPeople.person("Upgraded Session");
        Cookie session = signIn(ann);
        int changed = jdbc.sql("""
                        update spring_session_attributes set attribute_bytes = ?
                        where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id =
                            (select primary_id from spring_session where session_id = ?)
                        """)
                .params("not a serialised object".getBytes(StandardCharsets.UTF_8), sessionId(session))
                .update();
        assertThat(changed).isOne();

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    /** Signs in through the real form: its CSRF token and the session it is kept in come from the database. */
    private Cookie signIn(PersonSummary person) throws Exception {
        MvcResult form = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        MvcResult signedIn = mvc.perform(post("/login")
                        .cookie(sessionCookie(form))
                        .param("email", person.email())
                        .param("password", TestPeople.PASSWORD)
                        .param("_csrf", csrfToken(form)))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return sessionCookie(signedIn);
    }

    private static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("a SESSION cookie").isNotNull();
        return new Cookie("SESSION", cookie.getValue());
    }

    private static String csrfToken(MvcResult form) throws Exception {
        Matcher token = CSRF.matcher(form.getResponse().getContentAsString());
        assertThat(token.find()).as("a CSRF token in the form").isTrue();
        return token.group(1);
    }

    private static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }
}
