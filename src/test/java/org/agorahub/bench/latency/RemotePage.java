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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search page of an Agora that runs in another process (a node, or nginx in front of nodes), as
 * {@link AppPage} measures it in process, but timed by the client only: each client its own {@link HttpClient} (one
 * kept-alive connection) and its own signed-in session; a redirect (to the login form, say) counts as an error.
 */
final class RemotePage implements SearchSystem {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern HIT = Pattern.compile("href=\"/documents/\\d+\"");

    private final String name;
    private final URI base;
    private final boolean withQuery;
    private final List<HttpClient> clients = new ArrayList<>();

    RemotePage(String name, URI base, boolean withQuery) {
        this.name = name;
        this.base = base;
        this.withQuery = withQuery;
    }

    /** Signs in {@code count} sessions through this entry point's login form. */
    void signIn(int count, String email, String password) throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
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
                throw new IllegalStateException("No login form at " + base + "/login: " + login.statusCode());
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
                throw new IllegalStateException("Sign-in as " + email + " at " + base + " failed: "
                        + signedIn.statusCode() + " to " + location);
            }
            clients.add(client);
        }
    }

    /** Shares the signed-in sessions of another page of the same entry point. */
    void useSessionsOf(RemotePage other) {
        clients.addAll(other.clients);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long search(int client, String query, String requestId) throws IOException, InterruptedException {
        String path = withQuery ? "/search?q=" + encode(query) : "/search";
        HttpResponse<String> response = clients.get(client)
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofMinutes(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return -1;
        }
        Matcher hits = HIT.matcher(response.body());
        long count = 0;
        while (hits.find()) {
            count++;
        }
        return count;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
