package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Searching the demo organisation in a real browser: a synonym finds documents that only use the other form, a
 * facet narrows the hits to what its count promised, the filter can be removed, a misspelling still finds the
 * document, and a hit opens.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class SearchBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aMemberSearchesFiltersByAFacetAndOpensAHit() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        searchFromTheHeader("freedom of information");
        long total = resultCount();
        assertThat(total).isPositive();
        // a seeded synonym group: "freedom of information" also finds what only says "FOI"
        assertThat(hitTitles()).anyMatch(title -> title.contains("FOI") && !title.contains("Freedom of Information"));
        browser.screenshot("search-synonym");
        browser.assertAccessible();

        WebElement pdf = browser.driver().findElement(By.xpath("//section[h3='File type']//a[.//span[text()='PDF']]"));
        long promised = Long.parseLong(
                pdf.findElement(By.cssSelector(".badge")).getText().replace(",", ""));
        browser.clickAndWaitForPage(pdf);

        assertThat(browser.pageText()).contains("Filtered by:").contains("File type: PDF");
        assertThat(resultCount()).isEqualTo(promised).isLessThan(total);
        assertThat(browser.driver().findElements(By.cssSelector(".agora-hit .agora-type")))
                .extracting(WebElement::getText)
                .containsOnly("PDF");
        // found by words inside the PDF: the snippet is from its text, with them marked
        assertThat(browser.driver().findElements(By.cssSelector(".agora-hit .agora-snippet em")))
                .extracting(WebElement::getText)
                .isNotEmpty()
                .allMatch(word -> word.equalsIgnoreCase("FOI")
                        || word.equalsIgnoreCase("freedom")
                        || word.equalsIgnoreCase("information"));
        browser.screenshot("search-filtered");
        browser.assertAccessible();

        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("a[aria-label='Remove the filter File type: PDF']")));
        assertThat(resultCount()).isEqualTo(total);
        assertThat(browser.pageText()).doesNotContain("Filtered by:");

        searchFromTheHeader("retenton schedle"); // two typos
        assertThat(resultCount()).isPositive();
        assertThat(browser.pageText()).contains("retention schedule");
        String title = hitTitles().get(0);
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".agora-hit h2 a")));
        assertThat(browser.heading()).isEqualTo(title);
    }

    private void searchFromTheHeader(String query) {
        WebElement box = browser.driver().findElement(By.id("header-q"));
        box.clear();
        box.sendKeys(query);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-search button[type=submit]")));
        assertThat(browser.heading()).isEqualTo("Search");
    }

    private long resultCount() {
        String status =
                browser.driver().findElement(By.cssSelector("p[role=status]")).getText();
        return status.startsWith("No results")
                ? 0
                : Long.parseLong(status.substring(0, status.indexOf(" result")).replace(",", ""));
    }

    private List<String> hitTitles() {
        return browser.driver().findElements(By.cssSelector(".agora-hit h2 a")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
