package org.agorahub.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.notifications.NewNotification;
import org.agorahub.notifications.NotificationsApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The bell and the notifications page: one person's own notifications only, newest first, read and unread. */
@AgoraTest
class NotificationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    NotificationsApi notifications;

    @Autowired
    JdbcClient jdbc;

    PersonSummary sam;
    PersonSummary kim;

    @BeforeEach
    void setUp() {
        sam = testPeople.person("Sam Patel");
        kim = testPeople.person("Kim Lee");
    }

    @Test
    void theBellCountsUnreadNotificationsAndMarkAllReadEmptiesIt() throws Exception {
        notifications.notifyAll(List.of(
                notice(sam, "Kim Lee replied to “Leave”", "/forums/threads/1", "test:1"),
                notice(sam, "Kim Lee replied to “Expenses”", "/forums/threads/2", "test:2")));

        as(sam, get("/"))
                .andExpect(content().string(containsString("aria-label=\"Notifications, 2 unread\"")))
                .andExpect(content().string(containsString("class=\"agora-bell-count\" aria-hidden=\"true\">2<")));
        as(sam, get("/notifications"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 unread notifications.")))
                .andExpect(content().string(containsString("Mark all as read")));

        as(sam, post("/notifications/read").with(csrf())).andExpect(redirectedUrl("/notifications"));

        as(sam, get("/notifications"))
                .andExpect(content().string(containsString("aria-label=\"Notifications\"")))
                .andExpect(content().string(not(containsString("agora-bell-count"))))
                .andExpect(content().string(containsString("No unread notifications.")))
                .andExpect(content().string(not(containsString("Mark all as read"))))
                .andExpect(content().string(containsString("Kim Lee replied to “Expenses”")));
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() throws Exception {
        notifications.notify(notice(sam, "Kim Lee mentioned you in “Budget”", "/forums/threads/3", "test:3"));
        long id = jdbc.sql("select id from notification where recipient_id = ?")
                .param(sam.id())
                .query(Long.class)
                .single();

        as(kim, get("/notifications/" + id)).andExpect(status().isNotFound());
        as(kim, post("/notifications/read").with(csrf())).andExpect(status().isFound());
        as(sam, get("/")).andExpect(content().string(containsString("aria-label=\"Notifications, 1 unread\"")));

        as(sam, get("/notifications/" + id)).andExpect(redirectedUrl("/forums/threads/3"));
        as(sam, get("/")).andExpect(content().string(containsString("aria-label=\"Notifications\"")));
        as(sam, get("/notifications/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
    }

    @Test
    void theListIsNewestFirstAndPaged() throws Exception {
        List<NewNotification> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(notice(sam, "Notice number " + i + ".", "/forums", "test:many:" + i));
        }
        notifications.notifyAll(many);

        String first = as(sam, get("/notifications")).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Notice number 30.").doesNotContain("Notice number 5.");
        assertThat(first.indexOf("Notice number 30.")).isLessThan(first.indexOf("Notice number 29."));
        assertThat(first).contains("aria-label=\"Page 2\"");
        as(sam, get("/notifications?page=1"))
                .andExpect(content().string(containsString("Notice number 5.")))
                .andExpect(content().string(not(containsString("Notice number 30."))));
    }

    @Test
    void aSecondDeliveryFromTheSameSourceTellsNobodyTwice() {
        notifications.notify(notice(sam, "Once.", "/forums", "test:once"));
        notifications.notify(notice(sam, "Once.", "/forums", "test:once"));

        assertThat(notifications.countUnread(sam.id())).isEqualTo(1);
    }

    @Test
    void anEmptyListSaysSoAndStrangersAreSentToSignIn() throws Exception {
        as(kim, get("/notifications"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no notifications yet.")));
        mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("agora-bell"))));
    }

    @Test
    void aNotificationOnlyLinksInsideTheApplication() {
        for (String link : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "javascript:x", "")) {
            assertThatThrownBy(() -> notice(sam, "Click.", link, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static NewNotification notice(PersonSummary to, String message, String link, String source) {
        return new NewNotification(to.id(), "test", null, message, link, source);
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
