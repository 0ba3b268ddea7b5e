package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The expertise story on the demo data, in a real browser and without scripts doing the work: a member finds who
 * knows about a topic by another name of its skill, sees why they rank first and asks them; sees their own skill
 * gaps with recommendations; a department lead sees the department's gaps as counts and its knowledge at risk.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class ExpertiseBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aMemberFindsAnExpertBySynonymSeesWhyAndAsksThem() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("People");
        browser.followLink("Who knows about…? Find an expert by skill");
        assertThat(browser.heading()).isEqualTo("Who knows about…?");
        browser.assertAccessible();

        // "FOI" is another name of Freedom of information; evidence is computed in the background after start-up
        browser.waitUntil(driver -> {
            browser.open("/people/experts?q=FOI");
            return driver.findElement(By.tagName("main")).getText().contains("Why:");
        });
        assertThat(browser.pageText()).contains("Freedom of information");
        WebElement first = browser.driver().findElement(By.cssSelector("main ol.list-unstyled > li"));
        assertThat(first.getText()).contains("Why:");
        browser.screenshot("expert-finder");
        browser.assertAccessible();

        browser.clickAndWaitForPage(first.findElement(By.partialLinkText("Ask this expert")));
        assertThat(browser.heading()).startsWith("Ask ");
        browser.assertAccessible();
        new Select(browser.driver().findElement(By.id("board")))
                .selectByVisibleText("Information governance (FOI, records)");
        String question = "Can we extend an FOI deadline for a complex request? " + System.nanoTime();
        browser.driver().findElement(By.id("title")).sendKeys(question);
        browser.driver().findElement(By.id("body")).sendKeys("The request covers five years of records.");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.heading()).isEqualTo(question);
        assertThat(browser.pageText()).contains("This question is for");
        browser.assertAccessible();
    }

    @Test
    void aMemberSeesTheirGapsAndALeadTheDepartmentsGapsAndKnowledgeAtRisk() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        browser.open("/development");
        assertThat(browser.heading()).isEqualTo("My development");
        assertThat(browser.driver().findElements(By.cssSelector("main h2[id^='gap-']")))
                .isNotEmpty();
        browser.screenshot("my-development");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(DemoAccounts.LEAD, DemoAccounts.PASSWORD_DEFAULT);
        browser.open("/development");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("main a[href$='/gaps']")));
        assertThat(browser.heading()).startsWith("Skill gaps of");
        assertThat(browser.driver().findElements(By.cssSelector("table.agora-heat caption")))
                .isNotEmpty();
        browser.screenshot("department-gaps");
        browser.assertAccessible();
        browser.open("/development");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("main a[href$='/risk']")));
        assertThat(browser.heading()).startsWith("Knowledge at risk in");
        browser.assertAccessible();
    }
}
