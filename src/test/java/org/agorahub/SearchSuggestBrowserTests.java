package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agorahub.demo.DemoAccounts;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.NewDocument;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The header search box's suggestions in a real browser, used with the keyboard as a screen reader user would.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class SearchSuggestBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Autowired
    LibraryApi libraries;

    @Autowired
    PeopleApi people;

    @Test
    void typingAPrefixSuggestsTheDocumentAndEnterOnItOpensIt() {
        String word = "zebracorn" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        long document = document(DemoAccounts.MEMBER, "The " + word + " handbook");
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        WebElement box = browser.driver().findElement(By.id("header-q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys(word.substring(0, 8));

        WebElement list = browser.waitUntil(d -> {
            WebElement l = d.findElement(By.id(box.getAttribute("aria-controls")));
            return l.isDisplayed() ? l : null;
        });
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        assertThat(options)
                .extracting(WebElement::getText)
                .anySatisfy(text ->
                        assertThat(text).contains("The " + word + " handbook").contains("Document"));
        browser.waitUntil(d -> d.findElement(By.cssSelector(".agora-suggest [role=status]"))
                .getAttribute("textContent")
                .matches("\\d+ suggestions?"));
        browser.screenshot("search-suggestions");
        browser.assertAccessible();

        box.sendKeys(Keys.ARROW_DOWN);
        WebElement first = browser.driver().findElement(By.id(box.getAttribute("aria-activedescendant")));
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(first.getText()).contains("The " + word + " handbook");
        browser.assertAccessible();

        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("aria-activedescendant")).isNull();

        box.sendKeys(Keys.ARROW_DOWN);
        markPage();
        box.sendKeys(Keys.ENTER);
        waitForNewPage();
        assertThat(browser.currentPath()).isEqualTo("/documents/" + document);
        assertThat(browser.heading()).isEqualTo("The " + word + " handbook");
    }

    @Test
    void enterWithoutChoosingASuggestionSearchesAsUsual() {
        String word = "quokkafy" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        document(DemoAccounts.MEMBER, "Notes on " + word);
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        WebElement box = browser.driver().findElement(By.id("header-q"));
        box.sendKeys(word);
        browser.waitUntil(d -> "true".equals(box.getAttribute("aria-expanded")));
        markPage();
        box.sendKeys(Keys.ENTER);
        waitForNewPage();

        assertThat(browser.currentPathAndQuery()).isEqualTo("/search?q=" + word);
        assertThat(browser.pageText()).contains("Notes on " + word);
    }

    private long document(String email, String title) {
        PersonSummary person = people.findByEmail(email).orElseThrow();
        CurrentUser user = new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
        long library =
                libraries.createLibrary(user, "Suggestions " + System.nanoTime(), null, null, Visibility.ORGANISATION);
        return libraries.uploadDocument(
                user,
                library,
                "handbook.txt",
                "How we work.".getBytes(StandardCharsets.UTF_8),
                new NewDocument(title, null, List.of(), Classification.OFFICIAL, DocumentStatus.PUBLISHED, null));
    }

    private void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.agoraSamePage = true;");
    }

    private void waitForNewPage() {
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.agoraSamePage === undefined && document.readyState === 'complete';")));
    }
}
