package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The mentoring story on the demo data, in a real browser: the organiser runs a round on the demo programme, reads
 * why each pair was made and publishes; the member and their proposed mentor both accept, and the member logs a
 * check-in. The running round's page reloads itself (a Refresh header), so no script is needed.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class MentoringBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void anOrganiserRunsARoundAndTheMemberAndTheirMentorAcceptAndCheckIn() {
        browser.signIn(DemoAccounts.CURATOR, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Mentoring");
        assertThat(browser.heading()).isEqualTo("Mentoring");
        browser.assertAccessible();
        browser.followLink("Cross-department mentoring 2027");
        browser.assertAccessible();
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[text()='Run a matching round']")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(driver ->
                        driver.findElement(By.tagName("main")).getText().contains("Proposed pairs"));
        assertThat(browser.pageText()).contains("Why").contains("Sam Whitaker with");
        browser.screenshot("mentoring-round-review");
        browser.assertAccessible();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[text()='Publish and ask both sides']")));
        assertThat(browser.pageText()).contains("The pairs are published");
        browser.signOut();

        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Mentoring");
        browser.clickAndWaitForPage(browser.driver().findElement(By.partialLinkText("Proposed mentor:")));
        assertThat(browser.pageText()).contains("Why this pair");
        String mentor = browser.driver()
                .findElement(By.xpath("//dt[text()='Mentor']/following-sibling::dd[1]/a"))
                .getText();
        browser.screenshot("mentoring-proposal");
        browser.assertAccessible();
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[text()='Accept']")));
        assertThat(browser.pageText()).contains("You accepted");
        browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(mentor)));
        String mentorEmail = browser.driver()
                .findElement(By.cssSelector("main a[href^='mailto:']"))
                .getText();
        browser.signOut();

        browser.signIn(mentorEmail, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Mentoring");
        browser.clickAndWaitForPage(browser.driver().findElement(By.partialLinkText("Proposed mentee: Sam Whitaker")));
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[text()='Accept']")));
        assertThat(browser.heading()).isEqualTo("Sam Whitaker mentored by " + mentor);
        browser.signOut();

        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Mentoring");
        browser.clickAndWaitForPage(browser.driver().findElement(By.partialLinkText("Mentored by " + mentor)));
        browser.driver().findElement(By.id("notes")).sendKeys("First meeting: went through my draft business case.");
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[text()='Add check-in']")));
        assertThat(browser.pageText())
                .contains("The check-in is added")
                .contains("First meeting: went through my draft business case.");
        browser.screenshot("mentorship");
        browser.assertAccessible();
    }
}
