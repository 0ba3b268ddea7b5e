package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/** The AI page in a real browser: what the AI does for everyone, and an admin switching a feature off and on. */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class AiBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void anAdminReadsWhatTheAiDoesAndSwitchesSummariesOffAndOnAgain() {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Admin");
        browser.followLink("AI in Agora");
        assertThat(browser.heading()).isEqualTo("AI in Agora");
        assertThat(browser.pageText())
                .contains("no text, file or search is sent to any other company or service")
                .contains("all-MiniLM-L6-v2")
                .contains("Loaded and working");
        browser.assertAccessible();

        WebElement summaries = browser.driver().findElement(By.id("feature-SUMMARIES"));
        assertThat(summaries.isSelected()).isTrue();
        summaries.sendKeys(Keys.SPACE); // by keyboard
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Save which features are on']")));
        assertThat(browser.pageText()).contains("The AI features are saved.");
        assertThat(browser.driver().findElement(By.id("feature-SUMMARIES")).isSelected())
                .isFalse();
        browser.screenshot("ai-admin");
        browser.assertAccessible();

        browser.driver().findElement(By.id("feature-SUMMARIES")).sendKeys(Keys.SPACE);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Save which features are on']")));
        assertThat(browser.driver().findElement(By.id("feature-SUMMARIES")).isSelected())
                .isTrue();
    }

    @Test
    void aMemberReadsThePageFromTheFooterWithoutAnySwitch() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//footer//a[normalize-space()='AI in Agora']")));
        assertThat(browser.heading()).isEqualTo("AI in Agora");
        assertThat(browser.driver().findElements(By.name("on"))).isEmpty();
        browser.assertAccessible();
    }
}
