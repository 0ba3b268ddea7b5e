package org.agorahub.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser, as far as a server sees it: its own cookie jar (so a session cookie set by one node is sent
 * to every node on the same host, as a load balancer's users would send it), forms posted with the CSRF token read
 * from the page they are on, redirects followed like a browser (a POST answered with a redirect becomes a GET).
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern CSRF_REVERSED = Pattern.compile("value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");
    private static final int MAX_REDIRECTS = 5;

    private final String name;
    private final HttpClient client;

    public Browser(String name) {
        this.name = name;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens a page, following redirects. */
    public Page open(URI base, String path) {
        return follow(send(HttpRequest.newBuilder(base.resolve(path)).GET()));
    }

    /**
     * Signs in through the login form of that node: opens it, posts the address, password and the form's token.
     *
     * @return the page the sign-in leads to
     */
    public Page signIn(URI base, String email, String password) {
        Page login = open(base, "/login");
        Page after = submit(login, "/login", Map.of("email", email, "password", password));
        if (after.isLoginForm()) {
            throw new AssertionError(name + " could not sign in as " + email + " on " + base + ": " + after.text(600));
        }
        return after;
    }

    /** Posts a form of {@code page} (url-encoded) to {@code action} with that page's CSRF token, following redirects. */
    public Page submit(Page page, String action, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(page.csrf()));
        fields.forEach(
                (key, value) -> body.append('&').append(encode(key)).append('=').append(encode(value)));
        return follow(send(HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    }

    /**
     * Posts a multipart form of {@code page} with one file in the field {@code fileField} (as a browser's file
     * input sends it) and the page's CSRF token, following redirects.
     */
    public Page upload(
            Page page,
            String action,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        return follow(send(multipart(page, action, fields, fileField, fileName, contentType, content)));
    }

    /**
     * As {@link #upload}, but returns the server's first answer without following its redirect: for timing from the
     * moment the server has stored the upload (its redirect to the document's page comes after the commit).
     */
    public Page uploadWithoutRedirect(
            Page page,
            String action,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        HttpResponse<String> response =
                send(multipart(page, action, fields, fileField, fileName, contentType, content));
        String location = response.headers().firstValue("Location").orElse("");
        return new Page(response.statusCode(), response.uri().resolve(location), response.body());
    }

    private static HttpRequest.Builder multipart(
            Page page,
            String action,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        String boundary = "----agora-cluster-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + page.csrf() + "\r\n");
        fields.forEach((key, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + "\"\r\n\r\n" + value + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private Page follow(HttpResponse<String> first) {
        HttpResponse<String> response = first;
        for (int redirects = 0; ; redirects++) {
            int status = response.statusCode();
            if (status < 300 || status >= 400 || redirects == MAX_REDIRECTS) {
                return new Page(status, response.uri(), response.body());
            }
            URI from = response.uri();
            String location = response.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new AssertionError("redirect without Location from " + from));
            response = send(HttpRequest.newBuilder(from.resolve(location)).GET());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "browser of " + name;
    }

    /** A page as the browser received it, after redirects. */
    public record Page(int status, URI uri, String body) {

        private static final Pattern MAIN = Pattern.compile("(?s)<main\\b.*?</main>");

        /** The CSRF token of the page's forms. */
        public String csrf() {
            Matcher token = CSRF.matcher(body);
            if (token.find()) {
                return token.group(1);
            }
            Matcher reversed = CSRF_REVERSED.matcher(body);
            if (reversed.find()) {
                return reversed.group(1);
            }
            throw new AssertionError("No form with a CSRF token on " + uri + " (" + status + "): " + text(600));
        }

        /** Whether this is the sign-in form (the page a signed-out person is sent to). */
        public boolean isLoginForm() {
            return "/login".equals(uri.getPath()) && body.contains("name=\"password\"");
        }

        /** The visible text of the page's main content (the whole page when it has no {@code <main>}). */
        public String text() {
            Matcher main = MAIN.matcher(body);
            String html = main.find() ? main.group() : body;
            return html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&nbsp;", " ")
                    .replace("&amp;", "&")
                    .replace("&#39;", "'")
                    .replace("&quot;", "\"")
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        /** The first {@code max} characters of {@link #text()}, with where the page was. */
        public String text(int max) {
            String text = text();
            return "[" + status + " " + uri + "] " + (text.length() > max ? text.substring(0, max) + "…" : text);
        }

        /** The id in the page's address after {@code prefix}, e.g. the document of {@code /documents/42}. */
        public long idAfter(String prefix) {
            Matcher id = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(uri.getPath());
            if (status != 200 || !id.find()) {
                throw new AssertionError("Expected a page under " + prefix + "<id>, got " + text(800));
            }
            return Long.parseLong(id.group(1));
        }

        /** Whether the page links to that document (as search results and lists do). */
        public boolean linksToDocument(long id) {
            return body.contains("href=\"/documents/" + id + "\"");
        }
    }
}
