package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A question asked, answered by a colleague, accepted and voted up by the asker, in a real browser; all but the
 * vote work without scripts.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class ForumBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aMemberAsksAColleagueAnswersAndTheAskerAcceptsTheAnswer() {
        String boardName = "Ask Policy " + System.nanoTime();
        String question = "Who approves a consultation response? " + System.nanoTime();

        // a department lead creates a board for the whole organisation
        browser.signIn(DemoAccounts.LEAD, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Forums");
        assertThat(browser.heading()).isEqualTo("Forums");
        browser.assertAccessible();
        browser.followLink("Create a board");
        browser.driver().findElement(By.id("name")).sendKeys(boardName);
        browser.driver().findElement(By.id("description")).sendKeys("Questions about policy work.");
        browser.assertAccessible();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
        assertThat(browser.heading()).isEqualTo(boardName);
        browser.signOut();

        // a member asks, first forgetting the text
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Forums");
        browser.followLink(boardName);
        browser.assertAccessible();
        browser.followLink("Ask a question");
        browser.driver().findElement(By.id("title")).sendKeys(question);
        // similar questions are listed as the title is typed
        browser.waitUntil(driver ->
                driver.findElement(By.id("similar-threads")).getText().contains("Is your question already answered?"));
        browser.assertAccessible();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
        assertThat(browser.pageText()).contains("Please correct the following").contains("the text is empty");
        assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value"))
                .isEqualTo(question);
        browser.assertAccessible();
        browser.driver().findElement(By.id("body")).sendKeys("Is it the head of unit or the director?");
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
        assertThat(browser.heading()).isEqualTo(question);
        assertThat(browser.pageText()).contains("No answers yet");
        browser.screenshot("forum-question");
        browser.assertAccessible();
        String threadPath = browser.currentPath();
        browser.signOut();

        // a curator answers, quoting the question
        browser.signIn(DemoAccounts.CURATOR, DemoAccounts.PASSWORD_DEFAULT);
        browser.open(threadPath);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector(".agora-post-actions a[href*='quote=']")));
        String quoted = browser.driver().findElement(By.id("body")).getDomProperty("value");
        assertThat(quoted).contains("> Is it the head of unit or the director?");
        browser.driver().findElement(By.id("body")).sendKeys("The director, after legal review.");
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[normalize-space()='Post reply']")));
        assertThat(browser.pageText()).contains("Your reply has been posted.");
        // the page was scrolled to the new reply (#post-…) and may still be scrolling: start again from the top
        browser.open(threadPath);
        browser.signOut();

        // the asker watches their question: the bell and the notifications page tell of the reply (sent just after
        // it was posted, so the page is looked at again until it is there)
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        String replied = "replied to “" + question + "”";
        browser.waitUntil(driver -> {
            browser.open("/notifications");
            return browser.pageText().contains(replied);
        });
        assertThat(browser.driver().findElement(By.cssSelector("a.agora-bell")).getDomAttribute("aria-label"))
                .matches("Notifications, \\d+ unread");
        browser.assertAccessible();
        browser.clickAndWaitForPage(browser.driver().findElement(By.partialLinkText(replied)));
        assertThat(browser.currentPath()).isEqualTo(threadPath);

        // the asker accepts it
        browser.open(threadPath);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Accept this answer']")));
        assertThat(browser.pageText()).contains("Answer accepted");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".agora-post-accepted"))
                        .getText())
                .contains("Accepted answer")
                .contains("The director, after legal review.");
        browser.screenshot("forum-accepted");
        browser.assertAccessible();

        // the asker votes the answer up: htmx replaces the vote buttons in place, keeping focus on the one pressed
        browser.driver()
                .findElement(By.cssSelector("button[aria-label='Vote up this reply, score 0']"))
                .click();
        browser.waitUntil(driver -> driver.findElements(
                                By.cssSelector("button[aria-label='Vote up this reply, score 1'][aria-pressed='true']"))
                        .size()
                == 1);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("aria-label"))
                .isEqualTo("Vote up this reply, score 1");
        assertThat(browser.pageText())
                .as("the page was not loaded again: its one-time message is still there")
                .contains("Answer accepted");
        browser.assertAccessible();

        browser.open(threadPath);
        browser.followLink("Forums");
        browser.followLink("Unanswered questions");
        assertThat(browser.pageText()).doesNotContain(question);
        browser.assertAccessible();
    }

    @Test
    void knownScriptPayloadsInAPostNeverRunInTheBrowser() {
        String title = "<script>window.xssTitle=1;alert('title')</script> Canteen hours " + System.nanoTime();
        String body = String.join(
                "\n\n",
                "<script>window.xss=1;alert(1)</script>",
                "<img src=x onerror=\"window.xss=2;alert(2)\">",
                "<svg onload=\"window.xss=3;alert(3)\"></svg>",
                "[click me](javascript:window.xss=4;alert(4))",
                "<a href=\"javascript:window.xss=5;alert(5)\">and me</a>",
                "<div style=\"background:url(javascript:alert(6))\" onmouseover=\"window.xss=6\">hover me</div>",
                "<iframe src=\"javascript:alert(7)\"></iframe>",
                "Plain words stay.");

        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Forums");
        browser.followLink("Ask HR");
        browser.followLink("Start a discussion");
        browser.driver().findElement(By.id("title")).sendKeys(title);
        // set the body directly: typing it would let the browser's own key handling alter the payloads
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('body').value = arguments[0];", body);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));

        assertThat(browser.heading()).isEqualTo(title); // shown as text, not run
        assertThat(browser.pageText()).contains("Plain words stay.");
        for (String text : List.of("click me", "and me", "hover me")) {
            for (WebElement element :
                    browser.driver().findElements(By.xpath("//*[normalize-space()='" + text + "']"))) {
                new Actions(browser.driver()).moveToElement(element).perform();
                element.click();
            }
        }
        browser.open(browser.currentPath());
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Object ran = ((JavascriptExecutor) browser.driver())
                .executeScript("return [window.xss, window.xssTitle].filter(x => x !== undefined).length;");
        assertThat(ran).as("payloads that ran").isEqualTo(0L);
        assertThat(
                        browser.driver()
                                .findElements(
                                        By.cssSelector(
                                                ".agora-post script, .agora-post iframe, .agora-post [onerror], .agora-post [onload],"
                                                        + " .agora-post [onmouseover], .agora-post [style], .agora-post a[href^='javascript']")))
                .isEmpty();
        browser.assertAccessible();
    }
}
