package org.agorahub.bench.latency;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.agorahub.cluster.Browser;
import org.agorahub.cluster.Browser.Page;
import org.agorahub.cluster.LocalCluster;
import org.agorahub.cluster.LocalCluster.AgoraNode;
import org.agorahub.cluster.Nginx;

/**
 * The scale-out mode's cost and gain ({@code bench/cluster-latency.sh [documents] [queries] [uploads]}): the search
 * latency benchmark's {@code /search} page and the page without a query, on a real cluster on this machine
 * ({@link LocalCluster}: one PostgreSQL, a 2-node OpenSearch cluster, Agora nodes from the built jar):
 *
 * <ul>
 *   <li>one node with OpenSearch, asked directly;
 *   <li>the same node behind nginx (what the load balancer alone costs);
 *   <li>two nodes behind nginx (round robin; sessions in PostgreSQL, so either node answers any client).
 * </ul>
 *
 * Node A starts first, with the initial admin only (the demo data takes minutes to seed on a busy machine), who
 * creates the benchmark's departments, the member who searches and the eight libraries on the admin pages; the
 * generated documents ({@link SyntheticCorpus}, {@link CorpusSeeder}) go straight into PostgreSQL and a rebuild from
 * the admin page (timed) puts them into OpenSearch. Then node B starts, and the indexing lag is measured: N uploads
 * (default 50) through node A's upload form, one at a time, each timed from the server's answer to the upload (after
 * its commit) until a search on node B finds it (polled every 50 ms). Then nginx starts (a child process with its own
 * configuration under {@code target/cluster-bench/nginx}) and every entry point answers the same queries as the
 * member with 1 and 16 clients, in blocks taken in turn, so the machine's noise hits all alike; times are the
 * client's (the nodes run in other processes). Prints Markdown tables; asserts nothing. Not a
 * test: the build never runs it. Needs nginx ({@code apt-get install -y nginx}) and what the cluster test needs.
 */
public final class ClusterLatencyBenchmark {

    private static final int CLIENTS = 16;
    private static final int BLOCKS = 4;
    private static final long QUERY_SEED = 42;
    private static final long WARM_UP_SEED = 7;
    private static final Duration LAG_LIMIT = Duration.ofSeconds(60);
    private static final String MEMBER = "member@agora.example";
    private static final String MEMBER_PASSWORD = "bench-member-password";
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]+)</option>");

    private ClusterLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int uploads = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        if (queries % (BLOCKS * CLIENTS) != 0) {
            throw new IllegalArgumentException("queries must be a multiple of " + BLOCKS * CLIENTS);
        }
        Path repo = Path.of("").toAbsolutePath();
        LocalCluster.whyNotHere(repo).ifPresent(why -> {
            throw new IllegalStateException("The cluster cannot run here: " + why);
        });
        if (Nginx.binary().isEmpty()) {
            throw new IllegalStateException("nginx is not installed: apt-get install -y nginx");
        }
        int exit = 0;
        long began = System.nanoTime();
        try (LocalCluster cluster = new LocalCluster(repo, repo.resolve("target/cluster-bench"))) {
            run(cluster, repo, documents, queries, uploads);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            exit = 1;
        }
        System.out.printf(Locale.ROOT, "Whole run: %.1f min%n", (System.nanoTime() - began) / 60e9);
        System.exit(exit);
    }

    private static void run(LocalCluster cluster, Path repo, int documentCount, int queryCount, int uploads)
            throws Exception {
        long t = System.nanoTime();
        Thread openSearch = new Thread(() -> cluster.startOpenSearch(null), "opensearch-start");
        Throwable[] failure = new Throwable[1];
        openSearch.setUncaughtExceptionHandler((thread, e) -> failure[0] = e);
        openSearch.start();
        cluster.startPostgres();
        openSearch.join();
        if (failure[0] != null) {
            throw new IllegalStateException("OpenSearch did not start", failure[0]);
        }
        System.out.printf(Locale.ROOT, "PostgreSQL and 2 OpenSearch nodes started in %.1f s%n", seconds(t));

        // node A with the initial admin only: the demo data would take minutes to seed on a busy machine
        List<String> jvm = List.of("-Xmx2g");
        AgoraNode nodeA = cluster.startNode("node-a", jvm, Map.of());
        System.out.printf(
                Locale.ROOT, "Node A started in %.1f s%n", nodeA.startedIn().toMillis() / 1e3);
        DataSource dataSource = cluster.dataSource();

        // 1. the departments of the benchmark's libraries, the member who searches, the eight libraries and N
        // documents in them; then a rebuild from the admin page
        Browser admin = new Browser("admin");
        admin.signIn(nodeA.base(), LocalCluster.ADMIN_EMAIL, LocalCluster.ADMIN_PASSWORD);
        Map<String, String> departments = createDepartments(admin, nodeA);
        createMember(admin, nodeA, departments.get(CorpusSeeder.POLICY));
        long[] libraryIds = createLibraries(admin, nodeA, departments);
        SyntheticCorpus corpus = new SyntheticCorpus();
        CorpusSeeder.Seeded seeded = new CorpusSeeder(corpus, dataSource).seed(documentCount, libraryIds);
        long active = BenchSupport.longs(dataSource, "select count(*) from document where deleted_at is null")
                .get(0);
        System.out.printf(
                Locale.ROOT,
                "Seeded %,d documents (%.1f MB of text) in %.1f s; %,d documents in the database%n",
                seeded.documents(),
                seeded.textBytes() / 1e6,
                seeded.nanos() / 1e9,
                active);
        double rebuild = rebuild(admin, nodeA);
        System.out.printf(
                Locale.ROOT,
                "Index rebuilt from the admin page in %.1f s (%.0f documents/s); OpenSearch indexes:%n%s",
                rebuild,
                active / rebuild,
                openSearch(cluster, "/_cat/indices?v&h=index,health,pri,rep,docs.count,store.size&s=index"));

        // 2. node B; the indexing lag: commit on node A to searchable on node B
        AgoraNode nodeB = cluster.startNode("node-b", jvm, Map.of("AGORA_INITIAL_ADMIN_EMAIL", ""));
        System.out.printf(
                Locale.ROOT, "Node B started in %.1f s%n", nodeB.startedIn().toMillis() / 1e3);
        measureLag(admin, nodeA, nodeB, libraryIds[0], uploads);

        // 3. nginx in front of one and of both nodes; the pages
        Map<String, List<URI>> upstreams = new LinkedHashMap<>();
        upstreams.put("one", List.of(nodeA.base()));
        upstreams.put("two", List.of(nodeA.base(), nodeB.base()));
        try (Nginx nginx = Nginx.start(repo.resolve("target/cluster-bench/nginx"), upstreams)) {
            System.out.println("Load balancer: " + nginx);
            measurePages(nodeA, nginx, corpus, queryCount);
        }
    }

    private static void measurePages(AgoraNode nodeA, Nginx nginx, SyntheticCorpus corpus, int queryCount)
            throws Exception {
        RemotePage direct = new RemotePage("1 node + OpenSearch: /search?q=", nodeA.base(), true);
        RemotePage proxied = new RemotePage("1 node behind nginx: /search?q=", nginx.entry("one"), true);
        RemotePage balanced = new RemotePage("2 nodes behind nginx: /search?q=", nginx.entry("two"), true);
        RemotePage directChrome = new RemotePage("1 node + OpenSearch: /search without q", nodeA.base(), false);
        RemotePage proxiedChrome = new RemotePage("1 node behind nginx: /search without q", nginx.entry("one"), false);
        RemotePage balancedChrome =
                new RemotePage("2 nodes behind nginx: /search without q", nginx.entry("two"), false);
        for (RemotePage[] pair :
                new RemotePage[][] {{direct, directChrome}, {proxied, proxiedChrome}, {balanced, balancedChrome}}) {
            pair[0].signIn(CLIENTS, MEMBER, MEMBER_PASSWORD);
            pair[1].useSessionsOf(pair[0]);
        }
        List<SearchSystem> systems = List.of(direct, proxied, balanced, directChrome, proxiedChrome, balancedChrome);
        List<String> queries = corpus.queries(queryCount, QUERY_SEED);
        List<String> warmUp = corpus.queries(4 * BLOCKS * CLIENTS, WARM_UP_SEED);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long measuring = System.nanoTime();
        try (Blocks blocks = new Blocks(CLIENTS)) {
            Blocks.Measured measured = blocks.measure(systems, s -> warmUp, s -> queries, BLOCKS, 1, CLIENTS);
            System.out.printf(
                    Locale.ROOT,
                    "Measurements took %.1f min; load average (1 min) %.1f before them and %.1f after%n",
                    (System.nanoTime() - measuring) / 60e9,
                    loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(
                    Locale.ROOT,
                    "%nPages as %s, %d queries of 1-3 words per concurrency, client-side times (HTTP/1.1, one"
                            + " kept-alive connection and session per client); req/s = pages/s%n%n",
                    MEMBER,
                    queries.size());
            Blocks.printPages(systems, measured, null, 1, CLIENTS);
        }
    }

    private static void measureLag(Browser admin, AgoraNode nodeA, AgoraNode nodeB, long library, int uploads)
            throws Exception {
        Browser reader = new Browser("member on node B");
        reader.signIn(nodeB.base(), MEMBER, MEMBER_PASSWORD);
        long[] lags = new long[uploads];
        int polls = 0;
        for (int i = 0; i < uploads; i++) {
            String word = word();
            Page form = admin.open(nodeA.base(), "/libraries/" + library + "/upload");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", "Lag probe " + word);
            fields.put("classification", "OFFICIAL");
            fields.put("status", "PUBLISHED");
            byte[] text = ("Indexing lag probe " + i + ": " + word + ".\n").getBytes(StandardCharsets.UTF_8);
            Page stored = admin.uploadWithoutRedirect(
                    form, "/libraries/" + library + "/upload", fields, "files", word + ".txt", "text/plain", text);
            long committed = System.nanoTime();
            Matcher id =
                    Pattern.compile("/documents/(\\d+)").matcher(stored.uri().getPath());
            if (stored.status() != 302 || !id.find()) {
                throw new IllegalStateException("Upload " + i + " on node A failed: " + stored.text(600));
            }
            String link = "href=\"/documents/" + id.group(1) + "\"";
            String search = "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
            while (true) {
                polls++;
                Page page = reader.open(nodeB.base(), search);
                if (page.status() == 200 && page.body().contains(link)) {
                    lags[i] = System.nanoTime() - committed;
                    break;
                }
                if (System.nanoTime() - committed > LAG_LIMIT.toNanos()) {
                    throw new IllegalStateException(
                            "Upload " + i + " not found on node B within " + LAG_LIMIT + ": " + page.text(600));
                }
                Thread.sleep(50);
            }
        }
        long[] sorted = lags.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%nIndexing lag: %d uploads on node A (upload form, one at a time), from the server's answer to the"
                        + " upload until a search on node B (polled every 50 ms, %d searches) shows it%n%n",
                uploads,
                polls);
        System.out.println("| uploads | p50 ms | p95 ms | max ms | mean ms |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| %d | %.0f | %.0f | %.0f | %.0f |%n",
                uploads,
                Latencies.percentile(sorted, 50) / 1e6,
                Latencies.percentile(sorted, 95) / 1e6,
                sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    /** The departments of the benchmark's libraries, created on the admin page; their ids by name. */
    private static Map<String, String> createDepartments(Browser admin, AgoraNode node) {
        List<String> names = CorpusSeeder.LIBRARIES.stream()
                .map(CorpusSeeder.BenchLibrary::department)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        for (String name : names) {
            Page saved = admin.submit(
                    admin.open(node.base(), "/admin/departments"),
                    "/admin/departments",
                    Map.of("name", name, "parentId", ""));
            if (saved.status() != 200
                    || !"/admin/departments".equals(saved.uri().getPath())) {
                throw new IllegalStateException("Could not create department " + name + ": " + saved.text(600));
            }
        }
        Page form = admin.open(node.base(), "/libraries/new");
        Map<String, String> departments = new HashMap<>();
        Matcher option = OPTION.matcher(form.body());
        while (option.find()) {
            departments.putIfAbsent(option.group(2).strip().replace("&amp;", "&"), option.group(1));
        }
        if (!departments.keySet().containsAll(names)) {
            throw new IllegalStateException("Departments missing from the library form: " + departments);
        }
        return departments;
    }

    /** The member who searches, in the policy department (as the demo's member is), created on the admin page. */
    private static void createMember(Browser admin, AgoraNode node, String department) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", "Sam Whitaker");
        fields.put("email", MEMBER);
        fields.put("jobTitle", "Policy Adviser");
        fields.put("departmentId", department);
        fields.put("active", "true");
        fields.put("password", MEMBER_PASSWORD);
        fields.put("grade", "");
        fields.put("location", "");
        Page saved = admin.submit(admin.open(node.base(), "/admin/people/new"), "/admin/people/new", fields);
        if (!"/admin/people".equals(saved.uri().getPath())) {
            throw new IllegalStateException("Could not create the member: " + saved.text(600));
        }
    }

    /** The benchmark's eight libraries, created on the library form like any library; the member made a reader. */
    private static long[] createLibraries(Browser admin, AgoraNode node, Map<String, String> departments) {
        long[] ids = new long[CorpusSeeder.LIBRARIES.size()];
        for (int i = 0; i < ids.length; i++) {
            CorpusSeeder.BenchLibrary library = CorpusSeeder.LIBRARIES.get(i);
            String department = library.department() == null ? "" : departments.get(library.department());
            if (department == null) {
                throw new IllegalStateException("No department '" + library.department() + "' in " + departments);
            }
            Page created = admin.submit(
                    admin.open(node.base(), "/libraries/new"),
                    "/libraries/new",
                    Map.of(
                            "name",
                            library.name(),
                            "description",
                            "Generated documents for the cluster latency benchmark.",
                            "departmentId",
                            department,
                            "visibility",
                            library.visibility().name(),
                            "version",
                            ""));
            ids[i] = created.idAfter("/libraries/");
            if (library.memberReads()) {
                Page settings = admin.open(node.base(), "/libraries/" + ids[i] + "/settings");
                Page saved = admin.submit(
                        settings, "/libraries/" + ids[i] + "/members", Map.of("email", MEMBER, "role", "READER"));
                if (saved.status() != 200 || !saved.uri().getPath().endsWith("/settings")) {
                    throw new IllegalStateException("Could not make the member a reader: " + saved.text(600));
                }
            }
        }
        return ids;
    }

    /** Starts a rebuild on the admin page of {@code node} and waits for it to finish; its seconds. */
    private static double rebuild(Browser admin, AgoraNode node) {
        awaitNoRebuild(admin, node, Duration.ofMinutes(10)); // a start-up rebuild of an empty index
        long started = System.nanoTime();
        Page page = admin.submit(admin.open(node.base(), "/admin/search"), "/admin/search/rebuild", Map.of());
        if (page.status() != 200) {
            throw new IllegalStateException("Starting the rebuild failed: " + page.text(600));
        }
        awaitNoRebuild(admin, node, Duration.ofMinutes(30));
        return seconds(started);
    }

    private static void awaitNoRebuild(Browser admin, AgoraNode node, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Page status = admin.open(node.base(), "/admin/search/status");
            if (status.status() == 286) { // the status fragment tells htmx to stop polling: nothing runs
                return;
            }
            LocalCluster.sleep(500);
        }
        throw new IllegalStateException("The index rebuild did not finish within " + within);
    }

    private static String openSearch(LocalCluster cluster, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(cluster.openSearchUri(1) + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (Exception e) {
            return "(" + e.getMessage() + ")\n";
        }
    }

    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
