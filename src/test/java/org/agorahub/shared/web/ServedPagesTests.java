package org.agorahub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pages through a real server: error pages (only the servlet container renders them), sessions, actuator. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB"})
@Import({TestPeople.class, ServedPagesTests.Failing.class, org.agorahub.library.TestLibraries.class})
class ServedPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    TestPeople testPeople;

    @Autowired
    org.agorahub.library.TestLibraries testLibraries;

    PersonSummary member;

    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        member = testPeople.person("Errol Member");
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = get("/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + member.email() + "&password="
                                + TestPeople.PASSWORD.replace(' ', '+') + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void pagesLinkTheirAssetsByVersionAndEveryOtherLinkAsWritten() throws Exception {
        HttpResponse<String> page = get("/forums");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher bootstrap =
                Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+)\"").matcher(page.body());
        assertThat(bootstrap.find()).isTrue();
        assertThat(bootstrap.group(1)).matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css");
        assertThat(get(bootstrap.group(1)).statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/forums/unanswered\"").contains("href=\"/css/agora.css\"");
        assertThat(get("/css/agora.css").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("Back to the home page");
        assertThat(response.body()).contains("Skip to main content");
    }

    @Test
    void aForbiddenPageExplainsAndShowsNoDetails() throws Exception {
        HttpResponse<String> response = get("/admin/people");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page");
    }

    @Test
    void aCrashShowsAnApologyAndNeverAStackTrace() throws Exception {
        HttpResponse<String> response = get("/test/crash");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side");
        assertThat(response.body())
                .doesNotContain("IllegalStateException")
                .doesNotContain("secret internal detail")
                .doesNotContain("at org.");
    }

    @Test
    void aMalformedIdIsABadRequestPageNotACrash() throws Exception {
        HttpResponse<String> response = get("/people/not-a-number");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("This request could not be handled")
                .doesNotContain("Exception");
    }

    @Test
    void anUploadOverTheLimitGetsAPageThatSaysSoNotAResetConnection() throws Exception {
        long library = testLibraries.library(member, org.agorahub.people.Visibility.RESTRICTED, null);
        String uploadPage = get("/libraries/" + library + "/upload").body();
        Matcher action = Pattern.compile("action=\"([^\"]*/upload[^\"]*)\"").matcher(uploadPage);
        assertThat(action.find()).isTrue();
        String boundary = "agora-boundary";
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                .getBytes());
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes());

        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(url(action.group(1).replace("&amp;", "&")))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        HttpResponse<String> page =
                get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body())
                .contains("That upload is too large")
                .contains("1 MB")
                .contains("nothing was saved");
        assertThat(testLibrariesDocuments(library)).isZero();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long testLibrariesDocuments(long library) {
        return jdbc.sql("select count(*) from document where library_id = ?")
                .param(library)
                .query(Long.class)
                .single();
    }

    @Test
    void signingInGivesANewSessionIdAgainstSessionFixation() throws Exception {
        HttpClient fresh =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage =
                fresh.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        PersonSummary someone = testPeople.person("Fixed Session");

        HttpResponse<String> signedIn = fresh.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + someone.email() + "&password="
                                + TestPeople.PASSWORD.replace(' ', '+') + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionCookie(signedIn)).isNotEmpty().isNotEqualTo(before);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse("");
    }

    @Autowired
    org.springframework.session.web.http.CookieSerializer cookies;

    /** The session (in PostgreSQL) keeps the cookie settings the servlet container's session had. */
    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOnlyOverHttps() throws Exception {
        HttpResponse<String> loginPage = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("; HttpOnly", "; SameSite=Lax", "; Path=/").doesNotContain("Secure");

        // over https (or behind a proxy the server trusts to say so) the same serializer adds Secure
        org.springframework.mock.web.MockHttpServletRequest https =
                new org.springframework.mock.web.MockHttpServletRequest();
        https.setSecure(true);
        org.springframework.mock.web.MockHttpServletResponse response =
                new org.springframework.mock.web.MockHttpServletResponse();
        cookies.writeCookieValue(
                new org.springframework.session.web.http.CookieSerializer.CookieValue(https, response, "id"));
        assertThat(response.getHeader("Set-Cookie")).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    @Test
    void healthIsOpenButMetricsNeedAnAdmin() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> health = anonymous.send(
                HttpRequest.newBuilder(url("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = anonymous.send(
                HttpRequest.newBuilder(url("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(metrics.statusCode()).isEqualTo(401);

        PersonSummary admin = testPeople.person("Metric Admin", org.agorahub.people.Role.ADMIN);
        assertThat(scrape(anonymous, member.email()).statusCode()).isEqualTo(403);
        HttpResponse<String> scraped = scrape(anonymous, admin.email());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    private HttpResponse<String> scrape(HttpClient client, String email) throws Exception {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((email + ":" + TestPeople.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(url("/actuator/prometheus"))
                        .header("Authorization", "Basic " + credentials)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        // as a browser asks for a page
        return browser.send(
                HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @TestConfiguration
    static class Failing {

        @Bean
        CrashController crashController() {
            return new CrashController();
        }
    }

    @RestController
    static class CrashController {

        @GetMapping("/test/crash")
        String crash() {
            throw new IllegalStateException("secret internal detail");
        }
    }
}
