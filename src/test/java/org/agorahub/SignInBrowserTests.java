package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.agorahub.demo.DemoAccounts;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in, finding your way and being kept out, in a real browser against the demo organisation — checking
 * what a person sees, and that each page passes an automated WCAG 2.1 AA check.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class SignInBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    /** The port the browser is pointed at (BrowserTestSupport reads it from the Spring environment). */
    @LocalServerPort
    int port;

    @Autowired
    PersonService people;

    @Test
    void aMemberSignsInFindsTheirWayAndSignsOut() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Welcome, " + displayName(DemoAccounts.MEMBER));
        assertThat(browser.navigationLinks())
                .contains("Libraries", "Search", "Forums", "People", "Mentoring")
                .doesNotContain("Admin", "Dashboards");
        browser.screenshot("home-member");
        browser.assertAccessible();

        browser.signOut();

        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(browser.pageText()).contains("You have signed out.");
        assertThat(browser.navigationLinks()).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void anAdminReachesTheAdministration() {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);

        assertThat(browser.heading()).isEqualTo("Welcome, " + displayName(DemoAccounts.ADMIN));
        assertThat(browser.navigationLinks()).contains("People", "Dashboards", "Admin");
        browser.screenshot("home-admin");
        browser.assertAccessible();

        browser.followNavigationLink("Admin");

        assertThat(browser.currentPath()).isEqualTo("/admin");
        assertThat(browser.heading()).isEqualTo("Administration");
        assertThat(browser.driver().findElements(By.linkText("People and accounts")))
                .isNotEmpty();
        browser.assertAccessible();

        browser.followLink("People and accounts");

        assertThat(browser.currentPath()).isEqualTo("/admin/people");
        assertThat(browser.heading()).isEqualTo("People and accounts");
        assertThat(browser.driver().findElement(By.cssSelector("main table")).getText())
                .contains(DemoAccounts.MEMBER, DemoAccounts.LEAD);
        browser.screenshot("admin-people");
        browser.assertAccessible();

        browser.followLink("Add a person");

        assertThat(browser.currentPath()).isEqualTo("/admin/people/new");
        assertThat(browser.heading()).isEqualTo("Add a person");
        browser.screenshot("admin-person-form");
        browser.assertAccessible();

        // saving the empty form: the errors are listed at the top and next to each field
        WebElement save = browser.driver().findElement(By.xpath("//main//button[normalize-space()='Save']"));
        browser.clickAndWaitForPage(save);

        assertThat(browser.pageText()).contains("Please correct the following:", "Enter the person’s name.");
        assertThat(browser.driver().findElement(By.id("displayName")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.screenshot("admin-person-form-errors");
        browser.assertAccessible();
    }

    @Test
    void aMemberIsKeptOutOfTheAdministration() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        browser.open("/admin/people");

        assertThat(browser.heading()).isEqualTo("You do not have access to this page");
        assertThat(browser.pageText()).doesNotContain(DemoAccounts.LEAD);
        assertThat(browser.driver().findElements(By.linkText("Back to the home page")))
                .isNotEmpty();
        browser.screenshot("error-403");
        browser.assertAccessible();
    }

    @Test
    void aWrongPasswordIsExplainedAndTheEmailIsKept() {
        browser.open("/login");
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.screenshot("login");
        browser.assertAccessible();

        browser.signIn(DemoAccounts.MEMBER, "not-the-password");

        assertThat(browser.currentPathAndQuery()).isEqualTo("/login?error");
        WebElement error = browser.driver().findElement(By.id("login-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).startsWith("Sign-in failed: check your email address and password.");
        WebElement email = browser.driver().findElement(By.id("email"));
        assertThat(email.getDomProperty("value")).isEqualTo(DemoAccounts.MEMBER);
        assertThat(email.getDomAttribute("aria-describedby")).isEqualTo("login-error");
        assertThat(browser.driver().findElement(By.id("password")).getDomProperty("value"))
                .isEmpty();
        assertThat(browser.navigationLinks()).isEmpty();
        browser.screenshot("login-failed");
        browser.assertAccessible();

        // and the right password still works straight after
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        assertThat(browser.heading()).isEqualTo("Welcome, " + displayName(DemoAccounts.MEMBER));
    }

    @Test
    void afterSigningInYouAreBackWhereYouWereGoing() {
        browser.open("/account");

        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Sign in");

        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        assertThat(browser.currentPath()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo("Your account");
    }

    @Test
    void theFirstTabReachesTheSkipLink() {
        browser.open("/login");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getRect().getY())
                .as("the focused skip link is moved into view")
                .isGreaterThanOrEqualTo(0);
        browser.screenshot("login-skip-link-focused");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("main");
    }

    @Test
    void anUnknownAddressSaysPageNotFound() {
        browser.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);

        browser.open("/no-such-page");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.navigationLinks()).contains("People");
        browser.screenshot("error-404");
        browser.assertAccessible();
    }

    @Test
    void aDepartmentLeadSeesDashboardsButNotAdmin() {
        browser.signIn(DemoAccounts.LEAD, DemoAccounts.PASSWORD_DEFAULT);

        assertThat(browser.heading()).isEqualTo("Welcome, " + displayName(DemoAccounts.LEAD));
        assertThat(browser.navigationLinks()).contains("People", "Dashboards").doesNotContain("Admin");
        browser.screenshot("home-lead");
        browser.assertAccessible();

        browser.followNavigationLink("Dashboards");

        assertThat(browser.currentPath()).startsWith("/dashboards/departments/");
        assertThat(browser.heading()).isEqualTo("Policy and Strategy");
        browser.assertAccessible();
    }

    @Test
    void aCuratorSeesAdminForCategoriesButNotAccountsOrDashboards() {
        browser.signIn(DemoAccounts.CURATOR, DemoAccounts.PASSWORD_DEFAULT);

        assertThat(browser.heading()).isEqualTo("Welcome, " + displayName(DemoAccounts.CURATOR));
        assertThat(browser.navigationLinks()).contains("People", "Admin").doesNotContain("Dashboards");
        browser.screenshot("home-curator");

        browser.followNavigationLink("Admin");
        assertThat(browser.heading()).isEqualTo("Administration");
        browser.assertAccessible();
        browser.open("/admin/people");
        assertThat(browser.heading()).isEqualTo("You do not have access to this page");
    }

    private String displayName(String email) {
        return people.account(email)
                .orElseThrow(() -> new AssertionError("The demo data has no account " + email))
                .displayName();
    }
}
