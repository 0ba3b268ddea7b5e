package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;

/** The search index page in a real browser: a rebuild whose progress updates in place until it ends. */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class SearchAdminBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void anAdminRebuildsTheIndexAndWatchesItFinishWithoutReloading() {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Admin");
        browser.followLink("Search index");
        assertThat(browser.heading()).isEqualTo("Search index");
        assertThat(browser.pageText())
                .contains("Documents, forum threads and people in the database")
                .contains("Documents, forum threads and people in the index");
        browser.assertAccessible();

        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Rebuild the index']")));
        assertThat(browser.pageText()).contains("The rebuild has started.");
        browser.screenshot("search-index-rebuild");
        browser.assertAccessible();
        markPage();

        // the status is refreshed in place while the rebuild runs, then polling stops
        browser.waitUntil(
                d -> d.findElement(By.id("search-index-status")).getText().contains("indexed"));
        browser.waitUntil(d -> d.findElement(By.id("search-index-status"))
                .findElements(By.tagName("progress"))
                .isEmpty());
        assertThat(browser.driver().findElement(By.id("search-index-status")).getText())
                .contains("indexed")
                .doesNotContain("does not hold the same documents");
        assertThat(browser.driver()
                        .findElement(By.xpath("//button[normalize-space()='Rebuild the index']"))
                        .isEnabled())
                .isTrue();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.agoraSamePage === true"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        browser.screenshot("search-index-rebuilt");
        browser.assertAccessible();
    }

    private void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.agoraSamePage = true;");
    }
}
