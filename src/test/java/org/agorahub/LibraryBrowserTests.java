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

/** Starting a library, uploading a file and downloading it back, in a real browser. */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class LibraryBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aMemberStartsALibraryUploadsAFileAndDownloadsItBackUnchanged() throws Exception {
        Path file = Files.createTempFile("freedom-of-information-", ".txt");
        byte[] content = ("Freedom of information requests must be answered within 20 working days.\n"
                        + "Log every request on the day it arrives.\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        browser.followNavigationLink("Libraries");
        browser.followLink("Start a library");
        browser.driver().findElement(By.id("name")).sendKeys("FOI practice " + System.nanoTime());
        browser.driver().findElement(By.cssSelector("input[value=RESTRICTED]")).click();
        browser.assertAccessible();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
        assertThat(browser.pageText()).contains("You manage it.");

        browser.followLink("Upload documents");
        browser.driver()
                .findElement(By.id("files"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("tags")).sendKeys("foi, deadlines");
        browser.driver().findElement(By.id("title")).click();
        browser.assertAccessible();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));

        assertThat(browser.pageText()).contains("Document uploaded.").contains("answered within 20 working days");
        browser.screenshot("document-page");
        browser.assertAccessible();

        browser.followLink(browser.driver()
                .findElement(By.cssSelector(".breadcrumb-item:nth-child(2) a"))
                .getText());
        assertThat(browser.pageText()).contains("1 document").contains("foi (1)");
        browser.screenshot("library-page");
        browser.assertAccessible();
        browser.driver().navigate().back();

        {
            // the temporary file's unique number is in the title: only this document matches
            String unique = file.getFileName().toString().replaceAll("\\D", "");
            browser.driver().findElement(By.id("header-q")).sendKeys("working days " + unique);
            browser.clickAndWaitForPage(
                    browser.driver().findElement(By.cssSelector("form.agora-search button[type=submit]")));
            assertThat(browser.heading()).isEqualTo("Search");
            assertThat(browser.pageText()).contains("answered within 20 working days");
            browser.screenshot("search-results");
            browser.assertAccessible();
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".agora-hit h2 a")));
        }

        browser.driver().findElement(By.partialLinkText("Download (")).click();
        Path downloaded = browser.downloads().resolve(file.getFileName().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(downloaded));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(content);
    }

    @Test
    void aManagerWritesAPageComparesVersionsAndManagesTheLibrary() {
        browser.signIn(DemoAccounts.LEAD, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Libraries");
        browser.followLink("Start a library");
        browser.driver().findElement(By.id("name")).sendKeys("Team how-tos " + System.nanoTime());
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));

        browser.followLink("Write a page");
        browser.driver().findElement(By.id("title")).sendKeys("Booking a meeting room");
        browser.driver().findElement(By.id("body")).sendKeys("# Booking\n\n* Use the **room finder**\n");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("button[name=preview]")));
        assertThat(browser.pageText()).contains("Preview (not saved yet)");
        browser.assertAccessible();
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("form.agora-form button.btn-primary")));
        assertThat(browser.heading()).isEqualTo("Booking a meeting room");
        browser.assertAccessible();

        browser.followLink("Edit page");
        browser.driver().findElement(By.id("body")).sendKeys("* Cancel if you no longer need it\n");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("form.agora-form button.btn-primary")));
        browser.followLink("Changes");
        assertThat(browser.pageText())
                .contains("Cancel if you no longer need it")
                .contains("1 line added");
        browser.screenshot("page-diff");
        browser.assertAccessible();

        browser.driver().navigate().back();
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.xpath("//button[normalize-space()='Move to trash']")));
        browser.followLink("Trash");
        assertThat(browser.pageText()).contains("Booking a meeting room");
        browser.assertAccessible();
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[normalize-space()='Restore']")));
        assertThat(browser.pageText()).contains("Document restored.");

        browser.driver().navigate().back();
        browser.followLink(browser.driver()
                .findElement(By.cssSelector(".breadcrumb-item:nth-child(2) a"))
                .getText());
        browser.followLink("Settings and members");
        assertThat(browser.heading()).isEqualTo("Settings and members");
        browser.assertAccessible();
    }

    @Test
    void aMemberAsksForAccessAndAnAdminAnswersFromTheAdminHome() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Libraries");
        browser.followLink("Corporate Policies");
        browser.followLink("Request access");
        assertThat(browser.heading()).isEqualTo("Request access to Corporate Policies");
        browser.assertAccessible();
        browser.driver().findElement(By.id("message")).sendKeys("I write the HR guidance notes.");
        browser.clickAndWaitForPage(
                browser.driver().findElement(By.cssSelector("form.agora-form button[type=submit]")));
        assertThat(browser.pageText())
                .contains("Your request went to the managers of Corporate Policies.")
                .contains("have not answered yet");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);
        browser.open("/admin");
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("access-requests")));
        assertThat(browser.heading()).isEqualTo("Access requests");
        assertThat(browser.pageText()).contains("I write the HR guidance notes.");
        browser.assertAccessible();
        browser.followLink("Answer…");
        browser.assertAccessible();
        browser.driver().findElement(By.id("reason")).sendKeys("Send the notes to the policy team instead.");
        browser.clickAndWaitForPage(browser.driver().findElement(By.xpath("//button[normalize-space()='Decline']")));
        assertThat(browser.pageText()).contains("You declined");
        browser.signOut();

        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.open("/libraries/requests");
        assertThat(browser.pageText()).contains("Declined on").contains("Send the notes to the policy team instead.");
        browser.assertAccessible();
    }
}
