package org.agorahub.bench.latency;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.agorahub.demo.DemoAccounts;
import org.agorahub.enrichment.domain.AiModel;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchResults;
import org.agorahub.search.domain.SearchIndexRebuild;
import org.agorahub.shared.ai.Enrichments;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Search latency at scale ({@code bench/search-latency.sh [documents] [queries]}): starts the whole application
 * with its demo data on a throw-away embedded PostgreSQL and a temporary index directory, adds N generated documents
 * of about 5 KB ({@link SyntheticCorpus}, {@link CorpusSeeder}), times a full rebuild of the search index with the
 * mass indexer, then measures search-box queries of one to three words, as the member sign-in, with 1 and with 16
 * concurrent clients, on:
 *
 * <ul>
 *   <li>Agora's search page over HTTP ({@link AppPage}): server time from the application's first filter to the
 *       last byte of the page ({@link ServerTimer}), the page's client-side time for reference;
 *   <li>the same page without a query: session, security and layout, no search;
 *   <li>Agora's search service called in process ({@link SearchService}): the page's search without HTTP or HTML;
 *   <li>the raw Lucene query on the same index ({@link LuceneFloor}), alone and with the stored fields and
 *       highlighting of the 20 hits;
 *   <li>PostgreSQL full-text search on the same documents ({@link PostgresFts}).
 * </ul>
 *
 * Every system answers the same queries, in blocks taken in turn (each block by every system before the next
 * block), so whatever else the shared machine does slows all of them alike. Prints Markdown tables; asserts
 * nothing. Not a test: the build never runs it.
 *
 * <p>Search by meaning: every seeded document gets a vector ({@link CorpusSeeder#seedVectors}: the first
 * {@code bench.model-vectors} (default 2,000) from the model, the rest derived from them), so the rebuilt index holds
 * an HNSW graph of all of them. The page and the service are then measured twice, hybrid (as people get it: the
 * query embedded, words or k nearest) and with "exact words only" (the words alone, as with the feature off). A
 * third argument {@code meaning} measures only those rows and the page without a query, skipping the raw Lucene
 * and PostgreSQL baselines (which take most of the run's time).
 */
public final class SearchLatencyBenchmark {

    private static final int CLIENTS = 16;
    private static final int BLOCKS = 4;
    private static final int WARM_UP_QUERIES = 64;
    private static final long QUERY_SEED = 42;
    private static final long WARM_UP_SEED = 7;

    private final ConfigurableApplicationContext context;
    private final ServerTimer timer;
    private final Path indexRoot;
    private final Blocks blocks = new Blocks(CLIENTS);

    private SearchLatencyBenchmark(ConfigurableApplicationContext context, ServerTimer timer, Path indexRoot) {
        this.context = context;
        this.timer = timer;
        this.indexRoot = indexRoot;
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        boolean meaningOnly = args.length > 2 && "meaning".equals(args[2]);
        if (queries % (BLOCKS * CLIENTS) != 0) {
            throw new IllegalArgumentException("queries must be a multiple of " + BLOCKS * CLIENTS);
        }
        Path indexRoot = Files.createTempDirectory("agora-latency-index");
        ServerTimer timer = new ServerTimer();
        ConfigurableApplicationContext context = BenchSupport.startApplication(timer, indexRoot);
        int exit = 0;
        SearchLatencyBenchmark benchmark = new SearchLatencyBenchmark(context, timer, indexRoot);
        try {
            benchmark.run(documents, queries, meaningOnly);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            benchmark.blocks.close();
            context.close();
            BenchSupport.deleteRecursively(indexRoot);
        }
        System.exit(exit); // runs the shutdown handler that stops the embedded PostgreSQL
    }

    private void run(int documentCount, int queryCount, boolean meaningOnly) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        PeopleApi people = context.getBean(PeopleApi.class);
        LibraryApi libraries = context.getBean(LibraryApi.class);
        CurrentUser admin = BenchSupport.user(people, DemoAccounts.ADMIN);
        CurrentUser member = BenchSupport.user(people, DemoAccounts.MEMBER);
        BenchSupport.awaitDemoIndexing(dataSource);

        // 1. Seed N documents beside the demo data.
        SyntheticCorpus corpus = new SyntheticCorpus();
        long[] libraryIds = CorpusSeeder.createLibraries(libraries, people, admin, member);
        CorpusSeeder.Seeded seeded = new CorpusSeeder(corpus, dataSource).seed(documentCount, libraryIds);
        long active = libraries.countActiveDocuments();
        System.out.printf(
                Locale.ROOT,
                "Seeded %,d documents (%.1f MB of text, mean %.1f KB) in %.1f s; %,d documents in the database"
                        + " with the demo's%n",
                seeded.documents(),
                seeded.textBytes() / 1e6,
                seeded.textBytes() / 1e3 / Math.max(1, seeded.documents()),
                seeded.nanos() / 1e9,
                active);

        // 1b. A vector for every seeded document, before the rebuild puts them into the index.
        int fromModel = Integer.getInteger("bench.model-vectors", 2_000);
        Enrichments enrichments = context.getBean(Enrichments.class);
        String model = context.getBean(AiModel.class).embedder().orElseThrow().modelName();
        CorpusSeeder.SeededVectors vectors = new CorpusSeeder(corpus, dataSource)
                .seedVectors(
                        libraryIds, fromModel, text -> enrichments.embed(text).orElseThrow(), model);
        System.out.printf(
                Locale.ROOT,
                "Vectors: %,d from the model (%.1f s embedding, %.1f ms each), %,d derived from them; %.1f s in all%n",
                vectors.fromModel(),
                vectors.embedNanos() / 1e9,
                vectors.embedNanos() / 1e6 / Math.max(1, vectors.fromModel()),
                vectors.derived(),
                vectors.nanos() / 1e9);

        // 2. Full rebuild of the index, through the application's own rebuild (as the admin page starts it).
        SearchIndexRebuild rebuild = context.getBean(SearchIndexRebuild.class);
        while (rebuild.isRunning()) { // a start-up rebuild of the demo documents
            Thread.sleep(100);
        }
        long rebuilding = System.nanoTime();
        if (!rebuild.start(null, "latency benchmark")) {
            throw new IllegalStateException("a rebuild is already running");
        }
        while (rebuild.isRunning()) {
            Thread.sleep(100);
        }
        long rebuildNanos = System.nanoTime() - rebuilding;
        Path indexDirectory = indexRoot.resolve("document");
        long indexBytes = BenchSupport.size(indexDirectory);

        // 3. The systems.
        Set<String> tokens = libraries.documentReadTokens(member).orElseThrow();
        LuceneFloor lucene = new LuceneFloor("Lucene: same query, top 20 + exact count", indexDirectory, tokens, false);
        LuceneFloor luceneHighlighted =
                new LuceneFloor("Lucene: + stored fields and highlights of the 20", indexDirectory, tokens, true);
        System.out.printf(
                Locale.ROOT,
                "Index rebuilt: %,d documents in %.1f s (%.0f documents/s), %.1f MB on disk%n",
                lucene.indexedDocuments(),
                rebuildNanos / 1e9,
                lucene.indexedDocuments() / (rebuildNanos / 1e9),
                indexBytes / 1e6);
        Environment env = context.getEnvironment();
        List<Long> memberLibraries = BenchSupport.longs(
                dataSource,
                "select id from library where (visibility <> 'RESTRICTED' and department_id = ?)"
                        + " or id in (select library_id from library_member where person_id = ?) order by id",
                member.departmentId(),
                member.id());
        List<Long> openLibraries =
                BenchSupport.longs(dataSource, "select id from library where visibility = 'ORGANISATION' order by id");
        PostgresFts postgres = new PostgresFts(
                env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"),
                memberLibraries,
                openLibraries);
        PostgresFts.Setup fts = meaningOnly ? null : postgres.create();
        URI base = URI.create("http://localhost:" + env.getProperty("local.server.port"));
        AppPage page = new AppPage("Agora /search?q= (full HTML page, signed in; hybrid)", base, timer, true);
        page.signIn(CLIENTS, DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        AppPage chrome = new AppPage("Agora /search without q (session, security, layout)", base, timer, false);
        chrome.useSessionsOf(page);
        AppPage exactPage = new AppPage(
                "Agora /search?q=&exact=true (words only: hybrid off)",
                base,
                timer,
                query -> "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                        + "&exact=true",
                java.util.regex.Pattern.compile("href=\"/documents/\\d+\""));
        exactPage.useSessionsOf(page);

        if (fts != null) {
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL FTS: the member may read %,d documents by its restriction, %,d by the index's read"
                            + " tokens%n",
                    postgres.readableDocuments(),
                    lucene.readableDocuments());
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL FTS: %,d rows copied into %s in %.1f s (%.1f MB), GIN expression index built in %.1f s"
                            + " (%.1f MB)%n",
                    fts.rows(),
                    PostgresFts.TABLE,
                    fts.copyNanos() / 1e9,
                    fts.tableBytes() / 1e6,
                    fts.indexNanos() / 1e9,
                    fts.indexBytes() / 1e6);
        }

        System.out.printf(
                Locale.ROOT,
                "PostgreSQL %s, Lucene %s%n",
                BenchSupport.strings(dataSource, "show server_version").get(0),
                org.apache.lucene.util.Version.LATEST);

        List<String> queries = corpus.queries(queryCount, QUERY_SEED);
        compare(context.getBean(SearchApi.class), member, lucene, queries);

        // 4. Warm-up, then the measured blocks: every system answers a block before the next block starts.
        SearchService service = new SearchService(context.getBean(SearchApi.class), member, false);
        SearchService exactService = new SearchService(context.getBean(SearchApi.class), member, true);
        List<SearchSystem> systems = meaningOnly
                ? List.of(page, exactPage, chrome, service, exactService)
                : List.of(page, exactPage, chrome, service, exactService, lucene, luceneHighlighted, postgres);
        List<String> warmUp = corpus.queries(WARM_UP_QUERIES, WARM_UP_SEED);
        for (SearchSystem system : systems) {
            for (int clients : new int[] {1, CLIENTS}) {
                String tag = "warm-" + systems.indexOf(system) + "-" + clients;
                blocks.run(system, warmUp, clients, tag, new Latencies(), new Latencies());
            }
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long measuring = System.nanoTime();
        Map<String, Latencies> client = new LinkedHashMap<>();
        Map<String, Latencies> server = new LinkedHashMap<>();
        int blockSize = queries.size() / BLOCKS;
        for (int clients : new int[] {1, CLIENTS}) {
            for (int b = 0; b < BLOCKS; b++) {
                List<String> block = queries.subList(b * blockSize, (b + 1) * blockSize);
                for (int s = 0; s < systems.size(); s++) {
                    // a different system starts each block, so none is always first after a pause
                    int index = (s + b) % systems.size();
                    SearchSystem system = systems.get(index);
                    String key = system.name() + "|" + clients;
                    blocks.run(
                            system,
                            block,
                            clients,
                            index + "-" + clients + "-" + b,
                            client.computeIfAbsent(key, k -> new Latencies()),
                            server.computeIfAbsent(key, k -> new Latencies()));
                }
            }
            System.out.printf(Locale.ROOT, "Measured %d clients%n", clients);
        }
        lucene.close();
        luceneHighlighted.close();
        postgres.close();
        System.out.printf(
                Locale.ROOT,
                "Measurements took %.1f min; load average (1 min) %.1f before them and %.1f after (other work on the"
                        + " machine shows here)%n",
                (System.nanoTime() - measuring) / 60e9,
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        print(documentCount, active, queries, systems, client, server);
    }

    /**
     * Checks that the raw Lucene query is the application's query: the same total and the same top 20, in the same
     * order, as {@link SearchApi} for the member. Also warms up the application's search.
     */
    private static void compare(SearchApi search, CurrentUser member, LuceneFloor lucene, List<String> queries)
            throws IOException {
        int sameTotal = 0;
        int sameTop = 0;
        long[] totals = new long[queries.size()];
        int q = 0;
        for (String text : queries) {
            // the raw query is the words' query: compared with "exact words only"
            SearchResults results = search.search(
                    member, org.agorahub.search.SearchRequest.of(text, 0, 20).withExact(true));
            totals[q++] = results.total();
            Query query = lucene.query(text);
            if (query == null) {
                sameTotal += results.total() == 0 ? 1 : 0;
                sameTop += results.hits().isEmpty() ? 1 : 0;
                continue;
            }
            TopDocs top = lucene.top(query);
            if (top.totalHits.value == results.total()) {
                sameTotal++;
            }
            List<Long> ids =
                    results.hits().stream().map(SearchResults.Hit::documentId).toList();
            if (ids.equals(lucene.ids(top))) {
                sameTop++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Raw Lucene against the application's SearchApi: same total for %d of %d queries, same top 20 in the"
                        + " same order for %d%n",
                sameTotal,
                queries.size(),
                sameTop);
        Arrays.sort(totals);
        System.out.printf(
                Locale.ROOT,
                "Hits per query the member may read: median %d, 90th percentile %d, most %d%n",
                Latencies.percentile(totals, 50),
                Latencies.percentile(totals, 90),
                totals[totals.length - 1]);
    }

    private static void print(
            int documentCount,
            long active,
            List<String> queries,
            List<SearchSystem> systems,
            Map<String, Latencies> client,
            Map<String, Latencies> server) {
        long words = queries.stream().mapToLong(q -> q.split(" ").length).sum();
        System.out.printf(
                Locale.ROOT,
                "%nSearch latency: %,d generated documents + the demo's (%,d in all); %d queries of 1-3 words (mean %.1f)"
                        + " per concurrency, as %s; %d CPUs, max heap %.1f GB%n%n",
                documentCount,
                active,
                queries.size(),
                (double) words / queries.size(),
                DemoAccounts.MEMBER,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1e9);
        System.out.println("| system | clients | requests | p50 ms | p95 ms | p99 ms | req/s | with hits | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int clients : new int[] {1, CLIENTS}) {
            for (SearchSystem system : systems) {
                String key = system.name() + "|" + clients;
                Latencies serverSide = server.get(key);
                Latencies times = serverSide != null && serverSide.count() > 0 ? serverSide : client.get(key);
                Latencies all = client.get(key);
                if (serverSide != null && serverSide.count() > 0 && serverSide.count() != all.count()) {
                    System.out.printf("(server time missing for %d requests)%n", all.count() - serverSide.count());
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %d | %d | %.2f | %.2f | %.2f | %.1f | %.0f%% | %d |%n",
                        system.name(),
                        clients,
                        all.count(),
                        times.percentileMillis(50),
                        times.percentileMillis(95),
                        times.percentileMillis(99),
                        all.perSecond(),
                        100.0 * all.withHits() / Math.max(1, all.count()),
                        all.errors());
            }
        }
        System.out.println();
        System.out.println("Pages: times above are server time (first filter to the end of the page); as the HTTP"
                + " client in the same JVM saw them:");
        System.out.println("| system | clients | p50 ms | p95 ms | p99 ms | mean ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (int clients : new int[] {1, CLIENTS}) {
            for (SearchSystem system : systems) {
                Latencies serverSide = server.get(system.name() + "|" + clients);
                if (serverSide == null || serverSide.count() == 0) {
                    continue;
                }
                Latencies all = client.get(system.name() + "|" + clients);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
                        system.name(),
                        clients,
                        all.percentileMillis(50),
                        all.percentileMillis(95),
                        all.percentileMillis(99),
                        all.meanMillis());
            }
        }
    }
}
