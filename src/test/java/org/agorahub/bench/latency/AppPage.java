package org.agorahub.bench.latency;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Agora page over HTTP, as a browser asks for it: by default the search page, {@code GET /search?q=…}, or any
 * page whose path is made from the "query"; always with a signed-in session, the whole HTML page read. Each client has its own {@link HttpClient} (one kept-alive connection) and its own session,
 * signed in once through the login form like a person, all as the same account. A hit is a link to a document
 * ({@code href="/documents/<id>"}), so the count survives changes to the page's markup around it.
 */
final class AppPage implements SearchSystem {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern HIT = Pattern.compile("href=\"/documents/\\d+\"");

    private final String name;
    private final URI base;
    private final ServerTimer timer;
    private final Function<String, String> path;
    private final Pattern counted;
    private final List<HttpClient> clients = new ArrayList<>();

    /**
     * @param withQuery {@code false} for the page without a query (the same page, layout and session, no search):
     *     what the server costs before search starts
     */
    AppPage(String name, URI base, ServerTimer timer, boolean withQuery) {
        this.name = name;
        this.base = base;
        this.timer = timer;
        this.path = withQuery ? query -> "/search?q=" + encode(query) : query -> "/search";
        this.counted = HIT;
    }

    /**
     * Any page: {@code path} makes the page's path from each "query" of a block, and {@code counted} is what the
     * page is expected to show (the "hits": posts on a thread page, threads on a board page).
     */
    AppPage(String name, URI base, ServerTimer timer, Function<String, String> path, Pattern counted) {
        this.name = name;
        this.base = base;
        this.timer = timer;
        this.path = path;
        this.counted = counted;
    }

    /** Signs in {@code count} sessions. */
    void signIn(int count, String email, String password) throws IOException, InterruptedException {
        signIn(java.util.Collections.nCopies(count, email), password);
    }

    /** Signs in one session per address, each its own person (all with the same password). */
    void signIn(List<String> emails, String password) throws IOException, InterruptedException {
        for (String email : emails) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(login.body());
            if (login.statusCode() != 200 || !csrf.find()) {
                throw new IllegalStateException("No login form with a CSRF token at /login: " + login.statusCode());
            }
            String form =
                    "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> signedIn = client.send(
                    HttpRequest.newBuilder(base.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException(
                        "Sign-in as " + email + " failed: " + signedIn.statusCode() + " to " + location);
            }
            clients.add(client);
        }
    }

    /** Shares the signed-in sessions of another page system (same server, same person). */
    void useSessionsOf(AppPage other) {
        clients.addAll(other.clients);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long search(int client, String query, String requestId) throws IOException, InterruptedException {
        return get(client, query, requestId, false);
    }

    /**
     * The number of SQL statements the server ran for the page (one request, alone), and what it counted on it.
     *
     * @return {statements, hits}
     */
    long[] statements(String query) throws IOException, InterruptedException {
        String requestId = "statements-" + System.nanoTime();
        long hits = get(0, query, requestId, true);
        serverNanos(requestId);
        return new long[] {timer.takeStatements(requestId), hits};
    }

    private long get(int client, String query, String requestId, boolean countStatements)
            throws IOException, InterruptedException {
        URI uri = base.resolve(path.apply(query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header(ServerTimer.HEADER, requestId)
                .timeout(Duration.ofMinutes(2));
        if (countStatements) {
            request.header(ServerTimer.COUNT_HEADER, "yes");
        }
        HttpResponse<String> response = clients.get(client).send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return -1;
        }
        Matcher hits = counted.matcher(response.body());
        long count = 0;
        while (hits.find()) {
            count++;
        }
        return count;
    }

    /**
     * The filter records its time as the filter chain returns, which can be a moment after the client has read the
     * last byte: waits up to 100 ms for it.
     */
    @Override
    public long serverNanos(String requestId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            long nanos = timer.take(requestId);
            if (nanos >= 0) {
                return nanos;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
