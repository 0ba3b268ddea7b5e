package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A curator works through the taxonomy hub and its tag screens, then pins a document to the home page and sees it
 * featured there; every page passes the accessibility check.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class CurationTaxonomyBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aCuratorReachesTheTaxonomyFromOnePlaceAndFeaturesADocument() {
        browser.signIn(DemoAccounts.CURATOR, DemoAccounts.PASSWORD_DEFAULT);

        browser.open("/admin/taxonomy");
        assertThat(browser.heading()).isEqualTo("Taxonomy");
        assertThat(browser.pageText())
                .contains("tags in use")
                .contains("Search synonyms")
                .contains("Skills");
        browser.assertAccessible();

        browser.followLink("Tags");
        assertThat(browser.heading()).isEqualTo("Tags");
        browser.assertAccessible();
        WebElement firstTag = browser.driver().findElement(By.cssSelector("main table tbody th a"));
        String tag = firstTag.getText();
        browser.clickAndWaitForPage(firstTag);
        assertThat(browser.heading()).isEqualTo("Tag “" + tag + "”");
        browser.assertAccessible();

        // merging a tag into itself is refused next to the field, with the page still usable
        browser.driver().findElement(By.id("into")).sendKeys(tag);
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[normalize-space()='Merge']")));
        assertThat(browser.pageText()).contains("A tag cannot be merged into itself");
        browser.screenshot("taxonomy-tag-refused");
        browser.assertAccessible();

        // the category tree: each category opens its rename/move form
        String category = "Browser category " + System.nanoTime();
        browser.open("/admin/categories");
        browser.driver().findElement(By.id("name")).sendKeys(category);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Add category']")));
        browser.assertAccessible();
        browser.followLink(category);
        assertThat(browser.heading()).isEqualTo("Category “" + category + "”");
        browser.assertAccessible();

        // pin a document by pasting its address
        browser.open("/libraries");
        browser.clickAndWaitForPage(
                browser.driver().findElements(By.cssSelector("main a[href^='/libraries/']")).stream()
                        .filter(link -> link.getAttribute("href").matches(".*/libraries/\\d+([?].*)?"))
                        .findFirst()
                        .orElseThrow());
        WebElement document = browser.driver().findElement(By.cssSelector("main a[href^='/documents/']"));
        String title = document.getText();
        String address = document.getAttribute("href");

        browser.open("/admin/featured");
        assertThat(browser.heading()).isEqualTo("Featured content");
        browser.assertAccessible();
        browser.driver().findElement(By.id("reference")).sendKeys(address);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Pin to the home page']")));
        assertThat(browser.pageText()).contains("Pinned to the home page.").contains(title);
        browser.screenshot("featured-manage");
        browser.assertAccessible();

        browser.open("/");
        WebElement featured = browser.driver().findElement(By.cssSelector("section[aria-labelledby=home-featured]"));
        assertThat(featured.getText()).contains("Featured").contains(title);
        browser.screenshot("home-featured");
        browser.assertAccessible();
    }
}
