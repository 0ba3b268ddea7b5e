package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives the running application in a real (headless) Chromium, the way a person with a browser would.
 *
 * <p>Register it as a static field next to {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserTestSupport browser = new BrowserTestSupport();
 * </pre>
 *
 * <p>Each test gets a fresh browser (no cookies, no session) pointed at the application's port. When Chromium
 * or its driver is not installed the tests are skipped, unless {@value #REQUIRED_PROPERTY} is {@code true}
 * (as in CI), in which case they fail: a missing browser must not silently turn the suite green. When a test
 * fails, a screenshot of the page it was on lands in {@code target/screenshots/}.
 */
public final class BrowserTestSupport implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final String REQUIRED_PROPERTY = "agora.browser-tests.required";

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** WCAG 2.1 level A and AA: what public-sector accessibility rules ask for. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Violations that fail the test; minor and moderate ones are only printed. */
    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * Selenium warns on every start when Chromium is newer than the DevTools versions it ships; these tests do
     * not use DevTools. Held in a field so the setting is not garbage-collected with the logger.
     */
    private static final Logger CDP_VERSION_LOGGER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private WebDriver driver;
    private String baseUrl;
    private Path userDataDir;

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path))
                .map(Path::toString)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String what = "Browser tests need Chromium and its driver, but " + String.join(" and ", missing)
                + " is missing. Install them with: apt-get install -y chromium chromium-driver";
        if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
            fail(what + " (browser tests are required here: -D" + REQUIRED_PROPERTY + "=true)");
        }
        assumeTrue(false, what + " — skipping the browser tests.");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            fail("Browser tests need a running server: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        baseUrl = "http://localhost:" + port;
        userDataDir = Files.createTempDirectory("agora-chromium-");
        driver = startChromium(userDataDir, userDataDir.resolve("downloads"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (driver != null && context.getExecutionException().isPresent()) {
                screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            deleteQuietly(userDataDir);
        }
    }

    private static WebDriver startChromium(Path userDataDir, Path downloads) {
        // Never let Selenium Manager try to download a browser or driver: there is no network.
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=en-GB",
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Where the browser saves downloads during this test. */
    public Path downloads() {
        return userDataDir.resolve("downloads");
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a page of the application, e.g. {@code open("/account")}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path of the page the browser is on, without query or fragment. */
    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The path and query of the page the browser is on, e.g. {@code /login?error}. */
    public String currentPathAndQuery() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /**
     * Signs in through the login form, as a person would: on the login page if the browser is already there
     * (having been sent to it), else after opening it. Waits for the page the form leads to.
     */
    public void signIn(String email, String password) {
        if (!"/login".equals(currentPath())) {
            open("/login");
        }
        WebElement emailField = driver.findElement(By.id("email"));
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = driver.findElement(By.id("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        WebElement submit =
                driver.findElement(By.xpath("//form//button[@type='submit' and normalize-space()='Sign in']"));
        clickAndWaitForPage(submit);
    }

    /** Signs out with the "Sign out" button in the header and waits for the page it leads to. */
    public void signOut() {
        WebElement button = driver.findElement(By.xpath("//header//button[normalize-space()='Sign out']"));
        clickAndWaitForPage(button);
    }

    /** The text of the page's main heading. */
    public String heading() {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")))
                .getText()
                .strip();
    }

    /** The visible text of the whole page. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The texts of the links in the main navigation, in order; empty when there is no navigation. */
    public List<String> navigationLinks() {
        return driver.findElements(By.cssSelector("nav.agora-nav a")).stream()
                .filter(WebElement::isDisplayed)
                .map(link -> link.getText().strip())
                .toList();
    }

    /** Follows the link of the main navigation with that text. */
    public void followNavigationLink(String text) {
        WebElement link = driver.findElement(By.xpath(
                "//nav[contains(concat(' ', normalize-space(@class), ' '), ' agora-nav ')]//a[normalize-space()='"
                        + text + "']"));
        clickAndWaitForPage(link);
    }

    /** Follows the (first visible) link in the page's main content with that text. */
    public void followLink(String text) {
        WebElement link = driver.findElement(By.xpath("//main//a[normalize-space()='" + text + "']"));
        clickAndWaitForPage(link);
    }

    /**
     * Clicks a link or submit button that loads another page, and waits until that page has loaded. (Waiting
     * for the clicked element to go stale is not reliable: Chromium may report the old element's node as
     * "not belonging to the document" instead.) The old page is marked with a script variable that the new
     * document does not have.
     */
    public void clickAndWaitForPage(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.agoraPreviousPage = true;");
        // as a person would: bring it into view first (and away from any open suggestion list)
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class) // while the old document is being replaced
                .until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                        .executeScript("return window.agoraPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core over the page the browser is on against WCAG 2.1 A and AA, and fails listing every
     * serious or critical violation (rule, impact, what it means, the first element affected). Minor and
     * moderate findings are printed but do not fail.
     */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        String page = currentPathAndQuery();
        if (results.isErrored()) {
            fail("axe-core could not analyse " + page + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations() == null ? List.of() : results.getViolations();
        List<String> blocking = new ArrayList<>();
        for (Rule rule : violations) {
            String line = describe(rule);
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
                blocking.add(line);
            } else {
                System.out.println("[axe] " + page + " (not blocking) " + line);
            }
        }
        assertThat(blocking)
                .as(() -> "Accessibility violations (WCAG 2.1 A/AA, serious or critical) on " + page + ":\n  "
                        + String.join("\n  ", blocking))
                .isEmpty();
    }

    private static String describe(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
        String target =
                nodes.isEmpty() ? "(no element)" : String.valueOf(nodes.get(0).getTarget());
        String more = nodes.size() > 1 ? " (and " + (nodes.size() - 1) + " more)" : "";
        String summary = nodes.isEmpty() || nodes.get(0).getFailureSummary() == null
                ? ""
                : " — "
                        + nodes.get(0)
                                .getFailureSummary()
                                .replaceAll("\\s+", " ")
                                .strip();
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " — at " + target + more + summary
                + " (" + rule.getHelpUrl() + ")";
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is harmless
        }
    }

    @Override
    public String toString() {
        return "BrowserTestSupport" + (baseUrl == null ? "" : "[" + baseUrl + "]");
    }
}
