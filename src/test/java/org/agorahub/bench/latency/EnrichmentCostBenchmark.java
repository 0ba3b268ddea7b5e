package org.agorahub.bench.latency;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.agorahub.demo.DemoAccounts;
import org.agorahub.enrichment.domain.AiModel;
import org.agorahub.enrichment.domain.Backfill;
import org.agorahub.enrichment.domain.Embedder;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.domain.SearchIndexRebuild;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the on-premises AI costs ({@code bench/enrichment-cost.sh [documents] [passages]}): starts the application
 * with its demo data on a throw-away embedded PostgreSQL, adds N generated documents of about 5 KB ({@link
 * SyntheticCorpus}, {@link CorpusSeeder}, written straight into the tables so nothing is enriched yet), then
 * measures, in one run:
 *
 * <ul>
 *   <li>embedding throughput in passages per second: Agora's {@link Embedder} (batches over its two threads) beside
 *       the same model called one passage at a time on one thread, on the same passages of about 150 words;
 *   <li>the backfill of the N documents through the admin page's {@link Backfill} (read, cut, embed, summarise,
 *       store), in documents and passages per second, and the time it implies for 100,000 documents;
 *   <li>the size of the document index after a full rebuild without vectors and after one with them.
 * </ul>
 *
 * A third argument {@code backfill-only} leaves out the two rebuilds (at 100,000 documents they add half an hour and
 * the index's size is measured by {@code bench/search-latency.sh}). While the backfill runs, a line every five minutes
 * gives its progress and rate, so a run stopped early still tells the rate at that size.
 *
 * <p>Prints Markdown tables; asserts nothing. Not a test: the build never runs it.
 */
public final class EnrichmentCostBenchmark {

    private static final int WORDS_PER_PASSAGE = 150;
    private static final long REPORT_EVERY_NANOS = 300_000_000_000L;

    private EnrichmentCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int passages = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        boolean sizes = args.length < 3 || !"backfill-only".equals(args[2]);
        Path indexRoot = Files.createTempDirectory("agora-enrichment-index");
        ConfigurableApplicationContext context =
                BenchSupport.startApplication(new ServerTimer(), indexRoot, "--agora.ai.backfill-on-start=false");
        int exit = 0;
        try {
            run(context, indexRoot, documents, passages, sizes);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
            BenchSupport.deleteRecursively(indexRoot);
        }
        System.exit(exit);
    }

    private static void run(
            ConfigurableApplicationContext context, Path indexRoot, int documentCount, int passageCount, boolean sizes)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        PeopleApi people = context.getBean(PeopleApi.class);
        LibraryApi libraries = context.getBean(LibraryApi.class);
        CurrentUser admin = BenchSupport.user(people, DemoAccounts.ADMIN);
        CurrentUser member = BenchSupport.user(people, DemoAccounts.MEMBER);
        BenchSupport.awaitDemoIndexing(dataSource);

        SyntheticCorpus corpus = new SyntheticCorpus();
        long[] libraryIds = CorpusSeeder.createLibraries(libraries, people, admin, member);
        CorpusSeeder.Seeded seeded = new CorpusSeeder(corpus, dataSource).seed(documentCount, libraryIds);
        System.out.printf(
                Locale.ROOT,
                "Seeded %,d documents (%.1f MB of text, mean %.1f KB)%n",
                seeded.documents(),
                seeded.textBytes() / 1e6,
                seeded.textBytes() / 1e3 / Math.max(1, seeded.documents()));

        // 1. Throughput of the model on the same passages, two ways.
        Embedder embedder = context.getBean(AiModel.class).embedder().orElseThrow();
        List<String> passages = passages(dataSource, passageCount);
        embedder.embedAll(passages.subList(0, Math.min(20, passages.size()))); // warm up
        long oneByOne = System.nanoTime();
        for (String passage : passages) {
            embedder.embedAll(List.of(passage));
        }
        oneByOne = System.nanoTime() - oneByOne;
        long batched = System.nanoTime();
        for (int from = 0; from < passages.size(); from += 16) {
            embedder.embedAll(passages.subList(from, Math.min(passages.size(), from + 16)));
        }
        batched = System.nanoTime() - batched;
        System.out.println();
        System.out.println("| embedding " + passages.size() + " passages of ~" + WORDS_PER_PASSAGE
                + " words | seconds | passages/s |");
        System.out.println("|---|---|---|");
        row("Agora's Embedder, batches of 16 over its 2 threads", batched, passages.size());
        row("baseline: the same model, one passage at a time, one thread", oneByOne, passages.size());

        // 2. Index size without vectors.
        long withoutVectors = sizes ? rebuild(context, indexRoot) : 0;

        // 3. The backfill, as an admin starts it.
        long enrichedBefore = count(dataSource, "select count(*) from enrichment_vector where kind = 'document'");
        Backfill backfill = context.getBean(Backfill.class);
        long started = System.nanoTime();
        if (!backfill.start(admin.id())) {
            throw new IllegalStateException("the backfill did not start");
        }
        long nextReport = started + REPORT_EVERY_NANOS;
        while (backfill.running()) {
            Thread.sleep(200);
            if (System.nanoTime() >= nextReport) {
                nextReport += REPORT_EVERY_NANOS;
                reportProgress(backfill, started);
            }
        }
        long backfillNanos = System.nanoTime() - started;
        Backfill.Progress progress = backfill.latest().orElseThrow();
        if (progress.failure() != null) {
            throw new IllegalStateException("backfill failed: " + progress.failure());
        }
        long enriched =
                count(dataSource, "select count(*) from enrichment_vector where kind = 'document'") - enrichedBefore;
        long embeddedPassages = count(dataSource, "select coalesce(sum(passages), 0) from enrichment_vector");
        long summaries = count(dataSource, "select count(*) from enrichment_summary where kind = 'document'");
        BenchSupport.awaitDemoIndexing(dataSource); // the reindexing the backfill announced
        double seconds = backfillNanos / 1e9;
        System.out.println();
        System.out.println("| backfill | figure |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| items read (documents, threads, people) | %,d |%n", progress.done());
        System.out.printf(Locale.ROOT, "| documents newly embedded | %,d |%n", enriched);
        System.out.printf(Locale.ROOT, "| passages embedded in all | %,d |%n", embeddedPassages);
        System.out.printf(Locale.ROOT, "| documents with a summary | %,d |%n", summaries);
        System.out.printf(Locale.ROOT, "| wall time | %.1f s |%n", seconds);
        System.out.printf(Locale.ROOT, "| documents/s | %.1f |%n", enriched / seconds);
        System.out.printf(
                Locale.ROOT,
                "| implied time for 100,000 such documents | %.0f min |%n",
                100_000 / (enriched / seconds) / 60);

        if (!sizes) {
            return;
        }
        // 4. Index size with vectors.
        long withVectors = rebuild(context, indexRoot);
        long indexed = count(dataSource, "select count(*) from document where deleted_at is null");
        System.out.println();
        System.out.println("| document index after a full rebuild | MB | bytes/document |");
        System.out.println("|---|---|---|");
        System.out.printf(
                Locale.ROOT, "| without vectors | %.1f | %,d |%n", withoutVectors / 1e6, withoutVectors / indexed);
        System.out.printf(
                Locale.ROOT, "| with 384-dimension vectors | %.1f | %,d |%n", withVectors / 1e6, withVectors / indexed);
        // the demo's documents were enriched at start-up, so both rebuilds hold their vectors: the difference is the
        // vectors of the documents the backfill embedded
        System.out.printf(
                Locale.ROOT,
                "The %,d new vectors add %.2f MB (%,d bytes each; the raw floats are %,d): about %.0f MB at 100,000%n",
                enriched,
                (withVectors - withoutVectors) / 1e6,
                (withVectors - withoutVectors) / Math.max(1, enriched),
                384 * 4,
                (withVectors - withoutVectors) / (double) Math.max(1, enriched) * 100_000 / 1e6);
    }

    private static void reportProgress(Backfill backfill, long started) {
        backfill.latest().ifPresent(progress -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s backfill: %,d of %,d items after %.0f s (%.1f items/s, load average %s)%n",
                    java.time.LocalTime.now().withNano(0),
                    progress.done(),
                    progress.total(),
                    seconds,
                    progress.done() / seconds,
                    loadAverage());
        });
    }

    /** The 1-minute load average, or "unknown" where /proc/loadavg does not exist. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Passages of about {@link #WORDS_PER_PASSAGE} words cut from the seeded documents' text. */
    private static List<String> passages(DataSource dataSource, int count) throws Exception {
        List<String> texts = BenchSupport.strings(
                dataSource,
                "select extracted_text from document_version where extracted_text is not null"
                        + " order by document_id desc limit " + Math.max(1, count / 4));
        List<String> passages = new ArrayList<>();
        for (String text : texts) {
            String[] words = text.split("\\s+");
            for (int from = 0;
                    from + WORDS_PER_PASSAGE <= words.length && passages.size() < count;
                    from += WORDS_PER_PASSAGE) {
                passages.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + WORDS_PER_PASSAGE)));
            }
        }
        return passages;
    }

    private static long rebuild(ConfigurableApplicationContext context, Path indexRoot) throws Exception {
        SearchIndexRebuild rebuild = context.getBean(SearchIndexRebuild.class);
        while (rebuild.isRunning()) {
            Thread.sleep(100);
        }
        if (!rebuild.start(null, "enrichment cost benchmark")) {
            throw new IllegalStateException("a rebuild is already running");
        }
        while (rebuild.isRunning()) {
            Thread.sleep(100);
        }
        return BenchSupport.size(indexRoot.resolve("document"));
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        return BenchSupport.longs(dataSource, sql).get(0);
    }

    private static void row(String what, long nanos, int passages) {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f |%n", what, nanos / 1e9, passages / (nanos / 1e9));
    }
}
