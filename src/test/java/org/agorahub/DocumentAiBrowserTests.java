package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The on-premises AI on a document page in a real browser: the duplicate warning and suggested tags right after an
 * upload, then the summary and similar documents once the AI has read the documents; every state checked with axe.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class DocumentAiBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    static final String GRITTING = """
            The highways team grits priority routes whenever road surface temperatures are forecast to fall below \
            one degree. Gritting lorries leave the depot at four in the morning so that priority routes are treated \
            before the morning rush. Priority routes include every bus route, the roads to both hospitals and the \
            hills around the old town. Residents can ask for a grit bin on a steep street through the council \
            website. Grit bins are refilled twice each winter, and more often during long cold spells. The \
            gritting forecast is published each afternoon so that drivers know which roads will be treated that \
            night. Pavements in the town centre are gritted by hand by the street cleaning crews after heavy snow.
            """;

    @Test
    void aReUploadIsPointedOutTagsAreSuggestedAndTheSummaryAndSimilarDocumentsFollow() throws Exception {
        Path file = Files.createTempFile("winter-gritting-", ".txt");
        Files.writeString(file, GRITTING, StandardCharsets.UTF_8);
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Libraries");
        browser.followLink("Start a library");
        browser.driver().findElement(By.id("name")).sendKeys("Winter roads " + System.nanoTime());
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
        String library = browser.currentPath();

        upload(library, file, "Winter gritting plan");
        String first = browser.currentPath();
        upload(library, file, "Gritting plan (copy)");

        assertThat(browser.pageText())
                .contains("A similar document already exists:")
                .contains("Winter gritting plan")
                .contains("Suggested tags");
        browser.screenshot("document-duplicate-and-suggestions");
        browser.assertAccessible();

        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("#suggestions form button")));
        assertThat(browser.pageText()).contains("added.");
        browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Keep both")));
        assertThat(browser.pageText()).doesNotContain("A similar document already exists");

        browser.open(first);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .pollingEvery(Duration.ofSeconds(2))
                .until(d -> {
                    d.navigate().refresh();
                    String text = browser.pageText();
                    return text.contains("Automatically generated summary") && text.contains("Gritting plan (copy)");
                });
        browser.screenshot("document-summary-and-similar");
        browser.assertAccessible();
    }

    private void upload(String library, Path file, String title) {
        browser.open(library);
        browser.followLink("Upload documents");
        browser.driver()
                .findElement(By.id("files"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("title")).sendKeys(title);
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
    }
}
