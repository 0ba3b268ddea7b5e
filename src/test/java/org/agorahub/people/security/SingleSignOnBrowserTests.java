package org.agorahub.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import java.util.Map;
import org.agorahub.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login page with the directory and the provider switched on, in a real browser: what it offers, its
 * messages, and both ways in, each page passing the automated WCAG 2.1 AA check.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class SingleSignOnBrowserTests extends SingleSignOnTestSupport {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @LocalServerPort
    int port;

    @Test
    void aDirectoryUserSignsInWithTheirUserNameAndSeesReadableRefusals() {
        browser.open("/login");
        assertThat(browser.pageText())
                .contains("Sign in with your Northshire account", "User name", "Or sign in with a password:");
        browser.assertAccessible();

        browser.signIn("gkaur", "dewey-decimal-300");
        assertThat(browser.currentPathAndQuery()).isEqualTo("/login?problem=not-allowed");
        assertThat(browser.pageText()).contains("Your account is not allowed to use Agora");
        browser.assertAccessible();

        browser.signIn("dpatel", "root-of-trust-7");
        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Welcome, Dev Patel");
    }

    @Test
    void aProviderUserSignsInWithTheButton() {
        TestIdentityProvider provider = TestIdentityProvider.get();
        provider.addUser(
                "browser-user",
                "provider-password",
                Map.of(
                        "email", "browser.user@northshire.example",
                        "name", "Bea Rowe",
                        "department", "Communications",
                        "groups", List.of("agora")));
        // as 127.0.0.1, the loopback address the provider accepts in redirect URIs (never "localhost")
        browser.driver().get("http://127.0.0.1:" + port + "/login");

        browser.clickAndWaitForPage(browser.driver().findElement(By.id("login-provider")));
        browser.driver().findElement(By.name("username")).sendKeys("browser-user");
        browser.driver().findElement(By.name("password")).sendKeys("provider-password");
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.currentPath()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Welcome, Bea Rowe");
        browser.assertAccessible();
    }
}
