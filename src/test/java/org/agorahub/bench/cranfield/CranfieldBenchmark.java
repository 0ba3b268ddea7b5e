package org.agorahub.bench.cranfield;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.agorahub.bench.cranfield.AgoraAnalyzerCandidate.Stemmer;
import org.agorahub.bench.cranfield.AgoraSearchSystem.Mode;
import org.agorahub.bench.cranfield.CranfieldCollection.Query;
import org.agorahub.bench.cranfield.PostgresFtsBaseline.Rank;
import org.agorahub.search.domain.MeaningSearchSettings;
import org.apache.lucene.util.Version;

/**
 * Search-quality benchmark ({@code bench/search-quality.sh [cranfield-directory]}): indexes the Cranfield collection
 * into every {@link SearchSystem}, runs all 225 queries against each and prints nDCG@10, MAP (depth 100) and
 * Recall@100 over all queries, with the mean time per query, then how far the best Agora candidate is from each
 * baseline with a paired randomisation test.
 *
 * <p>Systems: (a) "Agora analysis (candidate)" in a few variants, the analysis the search issue will configure, on
 * plain Lucene until Agora's Hibernate Search index exists; (b) Lucene BM25 with {@code StandardAnalyzer}; (c)
 * PostgreSQL full-text search ranked by {@code ts_rank} (and {@code ts_rank_cd} for reference) on a throw-away
 * embedded PostgreSQL started here. All see the same texts (title + abstract) and the same query texts.
 *
 * <p>Timing: one warm-up pass over every query and system, then a measured pass in which each query goes to every
 * system in turn before the next, so noise on the shared machine hits all alike. Quality does not depend on timing.
 *
 * <p>Not a test: the name does not end in {@code Tests}, so the build never runs it. Exits with 2 when the
 * collection is missing, 1 when a system fails.
 */
public final class CranfieldBenchmark {

    static final int DEPTH = 100;
    static final int NDCG_AT = 10;
    private static final int RANDOMISATION_ROUNDS = 100_000;
    private static final long SEED = 20261123L;

    private CranfieldBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path directory = args.length > 0 ? Path.of(args[0]) : CranfieldCollection.DEFAULT_DIRECTORY;
        if (!CranfieldCollection.isPresent(directory)) {
            System.err.println("Cranfield collection not found in "
                    + directory.toAbsolutePath().normalize() + " (expected cran.all.1400, cran.qry and cranqrel)");
            System.exit(2);
        }
        CranfieldCollection collection = CranfieldCollection.load(directory);
        int exit = 0;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            run(collection, connection);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    /** Every system measured, in table order: Agora candidates first, then the baselines. */
    static List<SearchSystem> systems(Connection postgres, AgoraUnderTest agora) {
        List<SearchSystem> systems = new ArrayList<>();
        // Agora's search as people get it: the whole application, its index, query reading and model
        systems.add(new AgoraSearchSystem(agora, KEYWORD_ONLY, Mode.WORDS));
        systems.add(new AgoraSearchSystem(agora, "Agora vector only (kNN, k = depth)", Mode.MEANING));
        systems.add(
                new AgoraSearchSystem(agora, "Agora hybrid (as configured: words or kNN in one bool)", Mode.HYBRID));
        systems.add(new AgoraSearchSystem(
                agora,
                "Agora hybrid: RRF of the keyword and vector lists (k=" + AgoraSearchSystem.RRF_K + ")",
                Mode.RRF));
        // the one-query blend with other settings: neighbours, weight, least cosine similarity
        for (MeaningSearchSettings settings : List.of(
                new MeaningSearchSettings(30, 0.45f, 3),
                new MeaningSearchSettings(30, 0.45f, 30),
                new MeaningSearchSettings(100, 0.45f, 3),
                new MeaningSearchSettings(100, 0.45f, 10),
                new MeaningSearchSettings(100, 0.45f, 30),
                new MeaningSearchSettings(30, 0.3f, 10),
                new MeaningSearchSettings(30, 0.6f, 10))) {
            systems.add(new AgoraSearchSystem(
                    agora,
                    String.format(
                            Locale.ROOT,
                            "Agora hybrid, bool: k=%d, weight %.0f, cosine >= %.2f",
                            settings.neighbours(),
                            settings.weight(),
                            settings.minimumSimilarity()),
                    Mode.HYBRID_VARIANT,
                    settings));
        }
        systems.addAll(List.of(
                // title and abstract as separate fields, equal weight: the stemmers side by side
                new AgoraAnalyzerCandidate(Stemmer.PORTER, 1f),
                new AgoraAnalyzerCandidate(Stemmer.KSTEM, 1f),
                new AgoraAnalyzerCandidate(Stemmer.MINIMAL, 1f),
                // the title boosted twice (Cranfield's abstracts already repeat the title)
                new AgoraAnalyzerCandidate(Stemmer.PORTER, 2f),
                // the analysis alone, title and abstract in one field as in baseline (b)
                new AgoraAnalyzerCandidate(Stemmer.PORTER, AgoraAnalyzerCandidate.ONE_FIELD),
                new LuceneBm25Baseline(),
                new PostgresFtsBaseline(postgres, Rank.TS_RANK),
                new PostgresFtsBaseline(postgres, Rank.TS_RANK_CD)));
        return systems;
    }

    static final String KEYWORD_ONLY = "Agora keyword only (as shipped by the search issue; exact words only)";

    private static void run(CranfieldCollection collection, Connection connection) throws Exception {
        connection.setAutoCommit(true);
        System.out.printf(
                Locale.ROOT,
                "Cranfield: %d documents, %d queries, %d judgments (%d relevant, codes 1-4). Lucene %s, %s.%n",
                collection.docs().size(),
                collection.queries().size(),
                collection.judgmentCount(),
                collection.relevantJudgmentCount(),
                Version.LATEST,
                postgresVersion(connection));
        System.out.println("(a) \"Agora search (as configured)\" is the application itself; the \"Agora analysis\""
                + " rows are its analysis alone on plain Lucene, for comparison.");

        AgoraUnderTest agora = new AgoraUnderTest();
        List<SearchSystem> systems = systems(connection, agora);
        List<Result> results = new ArrayList<>();
        try {
            for (SearchSystem system : systems) {
                long start = System.nanoTime();
                system.index(collection.docs());
                results.add(new Result(system, collection.queries().size(), System.nanoTime() - start));
            }
            for (Query query : collection.queries()) { // warm-up
                for (SearchSystem system : systems) {
                    system.search(query.text(), DEPTH);
                }
            }
            for (Query query : collection.queries()) {
                int q = query.ordinal() - 1;
                for (Result result : results) {
                    long start = System.nanoTime();
                    List<String> ranking = result.system.search(query.text(), DEPTH);
                    result.nanos += System.nanoTime() - start;
                    result.ndcg[q] = Metrics.ndcg(ranking, collection.gainsOf(query.ordinal()), NDCG_AT);
                    result.ap[q] = Metrics.averagePrecision(ranking, collection.relevantOf(query.ordinal()));
                    result.recall[q] = Metrics.recall(ranking, collection.relevantOf(query.ordinal()), DEPTH);
                }
            }
        } finally {
            for (SearchSystem system : systems) {
                system.close();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nAgora: the %d pages were written, embedded by the model and reindexed with their vectors in %.1f s%n",
                collection.docs().size(),
                agora.enrichmentSeconds());
        print(results, collection.queries().size());
        printAgainstKeywordOnly(results);
    }

    /** Each Agora row that uses meaning against Agora's keyword-only search: does meaning help? */
    private static void printAgainstKeywordOnly(List<Result> results) {
        Result keyword = results.stream()
                .filter(r -> r.system.name().equals(KEYWORD_ONLY))
                .findFirst()
                .orElseThrow();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Search by meaning against Agora keyword only (difference of means; relative; two-sided paired"
                        + " randomisation test, %,d rounds; per-query wins/losses):%n%n",
                RANDOMISATION_ROUNDS);
        System.out.println("| system | nDCG@10 | p | wins/losses | MAP | p | wins/losses |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            if (!(r.system instanceof AgoraSearchSystem agora) || agora.mode() == Mode.WORDS) {
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s |%n",
                    r.system.name(),
                    difference(r.ndcg, keyword.ndcg),
                    pValue(r.ndcg, keyword.ndcg),
                    winsLosses(r.ndcg, keyword.ndcg),
                    difference(r.ap, keyword.ap),
                    pValue(r.ap, keyword.ap),
                    winsLosses(r.ap, keyword.ap));
        }
    }

    private static void print(List<Result> results, int queries) {
        System.out.println();
        System.out.printf(
                Locale.ROOT, "All %d queries; top %d per query; nDCG with gain 5 - code.%n%n", queries, DEPTH);
        System.out.println("| system | nDCG@10 | MAP | Recall@100 | mean query ms | index s |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %.3f | %.2f |%n",
                    r.system.name(),
                    Metrics.mean(r.ndcg),
                    Metrics.mean(r.ap),
                    Metrics.mean(r.recall),
                    r.nanos / 1e6 / queries,
                    r.indexNanos / 1e9);
        }

        List<Result> candidates = results.stream()
                .filter(r -> r.system instanceof AgoraAnalyzerCandidate || r.system instanceof AgoraSearchSystem)
                .toList();
        Result best = candidates.stream()
                .max(Comparator.comparingDouble((Result r) -> Metrics.mean(r.ndcg))
                        .thenComparingDouble(r -> Metrics.mean(r.ap)))
                .orElseThrow();
        List<Result> baselines = results.stream()
                .filter(r -> !(r.system instanceof AgoraAnalyzerCandidate || r.system instanceof AgoraSearchSystem))
                .filter(r -> !(r.system instanceof PostgresFtsBaseline postgres && postgres.isReference()))
                .toList();

        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Agora candidates against each baseline (difference of means; relative; two-sided paired randomisation"
                        + " test, %,d rounds; per-query wins/losses on that measure):%n%n",
                RANDOMISATION_ROUNDS);
        System.out.println("| candidate | baseline | nDCG@10 | p | wins/losses | MAP | p | wins/losses |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result candidate : candidates) {
            for (Result baseline : baselines) {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        candidate.system.name() + (candidate == best ? " **best**" : ""),
                        baseline.system.name(),
                        difference(candidate.ndcg, baseline.ndcg),
                        pValue(candidate.ndcg, baseline.ndcg),
                        winsLosses(candidate.ndcg, baseline.ndcg),
                        difference(candidate.ap, baseline.ap),
                        pValue(candidate.ap, baseline.ap),
                        winsLosses(candidate.ap, baseline.ap));
            }
        }
        System.out.println();
        System.out.println("Best candidate by nDCG@10 (then MAP), chosen on these same queries: " + best.system.name());
        for (Result baseline : baselines) {
            System.out.printf(
                    Locale.ROOT,
                    "  against %s: nDCG@10 %s, MAP %s%n",
                    baseline.system.name(),
                    difference(best.ndcg, baseline.ndcg),
                    difference(best.ap, baseline.ap));
        }
    }

    private static String difference(double[] a, double[] b) {
        double meanA = Metrics.mean(a);
        double meanB = Metrics.mean(b);
        return String.format(Locale.ROOT, "%+.4f (%+.1f%%)", meanA - meanB, 100 * (meanA - meanB) / meanB);
    }

    private static String pValue(double[] a, double[] b) {
        double p = Metrics.randomisationPValue(a, b, RANDOMISATION_ROUNDS, SEED);
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String winsLosses(double[] a, double[] b) {
        int wins = 0;
        int losses = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i] + 1e-12) {
                wins++;
            } else if (a[i] < b[i] - 1e-12) {
                losses++;
            }
        }
        return wins + "/" + losses;
    }

    private static String postgresVersion(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show server_version")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1);
        }
    }

    private static final class Result {

        final SearchSystem system;
        final long indexNanos;
        final double[] ndcg;
        final double[] ap;
        final double[] recall;
        long nanos;

        Result(SearchSystem system, int queries, long indexNanos) {
            this.system = system;
            this.indexNanos = indexNanos;
            this.ndcg = new double[queries];
            this.ap = new double[queries];
            this.recall = new double[queries];
        }
    }
}
