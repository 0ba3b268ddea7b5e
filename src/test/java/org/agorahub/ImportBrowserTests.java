package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A curator imports a zipped shared drive in a real browser: the form, the page that refreshes itself while the
 * import runs (no script needed), then the report with links to the new documents and the skipped files with why.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class ImportBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aCuratorImportsAZipAndReadsTheReport() throws Exception {
        String folder = "Shared drive " + System.nanoTime();
        Path zip = Files.createTempFile("shared-drive-", ".zip");
        Files.write(
                zip,
                zip(
                        folder + "/Procedures/records-retention.txt",
                        "Keep case files for seven years after closure.",
                        folder + "/meeting-notes.md",
                        "# Notes\nAgreed the retention schedule.",
                        folder + "/.DS_Store",
                        "junk"));
        browser.signIn(DemoAccounts.CURATOR, DemoAccounts.PASSWORD_DEFAULT);

        browser.open("/admin/imports");
        assertThat(browser.heading()).isEqualTo("Bulk import");
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(zip.toAbsolutePath().toString());
        Select library = new Select(browser.driver().findElement(By.id("libraryId")));
        library.selectByIndex(1);
        String libraryName = library.getFirstSelectedOption().getText();
        browser.driver().findElement(By.cssSelector("input[value=TAGS]")).click();
        browser.assertAccessible();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(driver ->
                        driver.findElement(By.tagName("main")).getText().contains("Imported (2)"));
        assertThat(browser.pageText())
                .contains(libraryName)
                .contains("2 files were imported; 1 skipped.")
                .contains(folder + "/.DS_Store")
                .contains("A hidden or system file");
        browser.screenshot("import-report");
        browser.assertAccessible();

        browser.followLink(folder + "/Procedures/records-retention.txt");
        assertThat(browser.heading()).isEqualTo("records retention");
        assertThat(browser.pageText()).contains("Keep case files for seven years");
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
