package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-over page and the department form in a real browser, on the demo data: what a leaver holds is listed, a
 * refused successor is explained next to the field, and both pages pass the accessibility check. Nothing is changed.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class PeopleAdminBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Autowired
    PeopleApi people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminSeesWhatALeaverHoldsAndAnUnknownSuccessorIsExplained() {
        PersonSummary admin = people.findByEmail(DemoAccounts.ADMIN).orElseThrow();
        long owner = jdbc.sql(
                        "select owner_id from document where owner_id <> ? group by owner_id order by count(*) desc limit 1")
                .param(admin.id())
                .query(Long.class)
                .single();
        PersonSummary curator = people.findPerson(owner).orElseThrow();
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);

        browser.open("/admin/people/" + curator.id());
        browser.followLink("Deactivate with hand-over…");
        assertThat(browser.heading()).isEqualTo("Deactivate " + curator.displayName());
        assertThat(browser.pageText()).contains("documents they own");
        browser.assertAccessible();

        browser.driver().findElement(By.id("successorEmail")).sendKeys("nobody.at.all@agora.example");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("main button[type='submit']")));
        assertThat(browser.pageText()).contains("Nobody has the email address nobody.at.all@agora.example.");
        browser.screenshot("hand-over-refused");
        browser.assertAccessible();
        assertThat(people.findPerson(curator.id()).orElseThrow().active()).isTrue();

        browser.open("/admin/departments/" + curator.departmentId());
        assertThat(browser.heading()).isEqualTo("Department " + curator.departmentName());
        browser.screenshot("department-form");
        browser.assertAccessible();
    }
}
