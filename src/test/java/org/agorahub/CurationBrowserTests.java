package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The admin area in a real browser, on the demo data: the admin home's queues, verifying a document from the
 * verification queue with a checkbox (no JavaScript needed), and finding that action in the audit log.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class CurationBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void anAdminWorksThroughTheVerificationQueueAndFindsItInTheAuditLog() {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Admin");
        assertThat(browser.heading()).isEqualTo("Administration");
        assertThat(browser.pageText())
                .contains("Waiting for you")
                .contains("items in the search index")
                .contains("Failed background work");
        browser.screenshot("admin-home");
        browser.assertAccessible();

        browser.followLink("Verification queue");
        assertThat(browser.heading()).isEqualTo("Verification queue");
        browser.assertAccessible();
        WebElement first = browser.driver().findElement(By.cssSelector("input[name='documentIds']"));
        String documentId = first.getAttribute("value");
        click(first);
        click(browser.driver().findElement(By.id("action-VERIFY")));
        browser.clickAndWaitForPage(browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Apply to the selected documents']")));
        assertThat(browser.pageText()).contains("1 document verified.");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("input[name='documentIds'][value='" + documentId + "']")))
                .as("the verified document left the queue")
                .isEmpty();
        browser.screenshot("verification-queue");
        browser.assertAccessible();

        browser.open("/admin");
        browser.followLink("Audit log");
        new Select(browser.driver().findElement(By.id("action"))).selectByVisibleText("document.verified");
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Show']")));
        assertThat(browser.pageText()).contains("document.verified").contains("document " + documentId);
        browser.screenshot("audit-log-filtered");
        browser.assertAccessible();
    }

    /** As a person would: brought into view first. */
    private static void click(WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
